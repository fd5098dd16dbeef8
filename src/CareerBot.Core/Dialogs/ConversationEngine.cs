using System.Diagnostics;
using CareerBot.Conversation;
using CareerBot.Core.Content;
using CareerBot.Core.Languages;
using CareerBot.Core.State;
using CareerBot.Core.Telemetry;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Dialogs;

/// <summary>CareerBot's conversation: loads the state, understands the turn, runs the dialogs, saves the state (and,
/// when the channel asks for it, the turn's replies in the outbox, in the same commit).
/// A write that loses a race with another turn of the same conversation is retried on fresh state, after a short random
/// pause; a turn that loses <see cref="MaxAttempts"/> times is refused (<see cref="StorageUnavailableException"/>),
/// never answered with an apology that would reset the state others just wrote.</summary>
public sealed class ConversationEngine : IConversationEngine
{
    /// <summary>Times a turn is run, at most, when it keeps losing races with other turns of its conversation.</summary>
    public const int MaxAttempts = 10;

    private static readonly SalaryDialog Salary = new();
    private static readonly FallbackDialog Fallback = new();

    private readonly ContentCatalog catalog;
    private readonly IFrameRecognizer recognizer;
    private readonly IConversationStateStore store;
    private readonly RouteTable routes;

    /// <summary>Creates the engine, answering with <paramref name="routes"/> (by default <see cref="RouteTable.Default"/>).</summary>
    public ConversationEngine(ContentCatalog catalog, IFrameRecognizer recognizer, IConversationStateStore store, RouteTable? routes = null)
    {
        this.catalog = catalog;
        this.recognizer = recognizer;
        this.store = store;
        this.routes = routes ?? RouteTable.Default;
    }

    /// <inheritdoc />
    public ValueTask<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken) => HandleAsync(turn, null, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<TurnResult> HandleAsync(Turn turn, OutboxEncoder? outbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Kind == TurnKind.ConversationEnded)
        {
            await store.DeleteAsync(turn.ConversationId, cancellationToken);
            return new TurnResult([], catalog.Default.Code, HandledAs.End.Name, TurnOutcome.Silent);
        }

        for (var attempt = 1; ; attempt++)
        {
            StoredState stored;
            using (ConversationTelemetry.Source.StartActivity("careerbot.state.load"))
            {
                stored = await store.LoadAsync(turn.ConversationId, cancellationToken);
            }

            var answer = Run(turn, stored.State);
            IReadOnlyList<Reply> replies = answer.Outcome == TurnOutcome.Silent ? [] : [answer.Reply];

            // Replies for the outbox are saved even when the state did not change: the write's version check orders
            // them after the replies of the turns before.
            var result = new TurnResult(replies, answer.State.LanguageCode ?? catalog.Default.Code, answer.HandledAs.Name, answer.Outcome);
            var messages = outbox?.Invoke(result) ?? [];
            if ((answer.State == stored.State && messages.Count == 0)
                || await SaveAsync(turn.ConversationId, answer.State, stored.ETag, messages, attempt, cancellationToken))
            {
                return result;
            }

            if (attempt == MaxAttempts)
            {
                // Still contended: the turn is refused as a whole (the channel sends it again), the state left as is.
                throw new StorageUnavailableException($"The conversation's state kept changing under {attempt} attempts of the same turn.");
            }

            // A random pause that grows with the attempts spreads out turns that raced, so that each one gets through.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 4 * attempt)), cancellationToken);
        }
    }

    /// <inheritdoc />
    public async ValueTask<Reply> RecoverAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await store.DeleteAsync(turn.ConversationId, cancellationToken);
        var content = catalog.For(catalog.Find(turn.Locale) ?? catalog.Default);
        return new Reply(new ReplyText(content, content.Roles[0]).Say(MessageKeys.Error));
    }

    private async ValueTask<bool> SaveAsync(string conversationId, ConversationState state, string? etag, IReadOnlyList<OutboxMessage> outbox, int attempt, CancellationToken cancellationToken)
    {
        using var span = ConversationTelemetry.Source.StartActivity("careerbot.state.save");
        span?.SetTag("careerbot.attempt", attempt);
        var saved = await store.TrySaveAsync(conversationId, state, etag, outbox, cancellationToken);
        span?.SetTag("careerbot.conflict", !saved);
        return saved;
    }

    private Frame Recognize(string text, string? locale, Language? remembered)
    {
        using var span = ConversationTelemetry.Source.StartActivity("careerbot.recognize");
        var started = Stopwatch.GetTimestamp();
        var frame = recognizer.Recognize(text, locale, remembered);
        var language = frame.Language.Code;
        ConversationTelemetry.RecognitionDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>(ConversationTelemetry.LanguageTag, language));
        span?.SetTag(ConversationTelemetry.LanguageTag, language);
        return frame;
    }

    private TurnAnswer Run(Turn turn, ConversationState state)
    {
        var remembered = catalog.Find(state.LanguageCode);
        var fromTurn = catalog.Find(turn.Locale) ?? remembered ?? catalog.Default;
        if (turn.Kind == TurnKind.MemberAdded)
        {
            var input = Input(string.Empty, new Frame { Language = fromTurn }, state);
            return WelcomeDialog.Welcome(input, turn.UserId, turn.Group) is { } welcome
                ? Single(input, welcome)
                : new TurnAnswer(new Reply(string.Empty), input.State, HandledAs.Welcome, TurnOutcome.Silent);
        }

        if (turn.Kind == TurnKind.CardAction)
        {
            var years = InputText.Clean(turn.Data?.GetValueOrDefault(SalaryCard.YearsInput));
            var input = Input(years, Recognize(years, turn.Locale, remembered), state);
            return turn.Name == SalaryCard.Verb && years.Length <= InputText.MaxLength
                ? Single(input, Salary.FromCard(input))
                : Single(input, Fallback.Answer(input)!);
        }

        var text = InputText.Clean(turn.Text);
        if (text.Length > InputText.MaxLength || !InputText.HasWords(text))
        {
            var input = Input(text, new Frame { Language = fromTurn }, state);
            var said = text.Length > InputText.MaxLength
                ? new DialogOutcome(HandledAs.TooLong, TurnOutcome.Fallback, input.Text.Say(MessageKeys.TooLong, ("limit", input.Text.Number(InputText.MaxLength))), input.State)
                : new DialogOutcome(HandledAs.Empty, TurnOutcome.Fallback, input.Text.Say(MessageKeys.EmptyMessage), input.State) { Actions = SuggestedActions.Main(input.Text) };
            return Single(input, said);
        }

        return routes.Run(Input(text, Recognize(text, turn.Locale, remembered), state));
    }

    private TurnInput Input(string message, Frame frame, ConversationState state)
    {
        var content = catalog.For(frame.Language);
        var roleId = frame.Subject.RoleId ?? state.RoleId;
        var role = content.Role(roleId);
        var remembered = state with { LanguageCode = content.Language.Code, RoleId = roleId == content.Roles[0].Id ? null : roleId };
        return new TurnInput(message, frame, content, role, remembered);
    }

    private static TurnAnswer Single(TurnInput input, DialogOutcome said) =>
        new(new Reply(said.Markdown, said.Actions ?? [], said.Card, said.Cites ? input.Text.Citation() : null), said.State, said.HandledAs, said.Outcome);
}
