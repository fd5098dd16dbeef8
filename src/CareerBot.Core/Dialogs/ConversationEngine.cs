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

    private readonly ContentCatalog catalog;
    private readonly IUtteranceRecognizer recognizer;
    private readonly IConversationStateStore store;

    /// <summary>Creates the engine.</summary>
    public ConversationEngine(ContentCatalog catalog, IUtteranceRecognizer recognizer, IConversationStateStore store)
    {
        this.catalog = catalog;
        this.recognizer = recognizer;
        this.store = store;
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
            return new TurnResult([], Language.English.Code, "end", TurnOutcome.Silent);
        }

        for (var attempt = 1; ; attempt++)
        {
            StoredState stored;
            using (ConversationTelemetry.Source.StartActivity("careerbot.state.load"))
            {
                stored = await store.LoadAsync(turn.ConversationId, cancellationToken);
            }

            var context = Run(turn, stored.State);

            // Replies for the outbox are saved even when the state did not change: the write's version check orders
            // them after the replies of the turns before.
            var messages = outbox?.Invoke(context.Replies) ?? [];
            if ((context.State == stored.State && messages.Count == 0)
                || await SaveAsync(turn.ConversationId, context.State, stored.ETag, messages, attempt, cancellationToken))
            {
                return new TurnResult(context.Replies, context.Content.Language.Code, context.HandledAs, context.Outcome);
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
        var content = catalog.For(Language.FromTag(turn.Locale) ?? Language.English);
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

    private Utterance Recognize(string text, string? locale, Language? remembered)
    {
        using var span = ConversationTelemetry.Source.StartActivity("careerbot.recognize");
        var started = Stopwatch.GetTimestamp();
        var utterance = recognizer.Recognize(text, locale, remembered);
        var language = utterance.Language.Code;
        ConversationTelemetry.RecognitionDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>(ConversationTelemetry.LanguageTag, language));
        span?.SetTag(ConversationTelemetry.LanguageTag, language);
        return utterance;
    }

    private TurnContext Run(Turn turn, ConversationState state)
    {
        var remembered = Language.FromTag(state.LanguageCode);
        if (turn.Kind == TurnKind.MemberAdded)
        {
            var welcome = Context(string.Empty, new Utterance(Language.FromTag(turn.Locale) ?? remembered ?? Language.English, Intent.None), state);
            ConversationDialog.Welcome(welcome, turn.UserId, turn.Group);
            return welcome;
        }

        if (turn.Kind == TurnKind.CardAction)
        {
            var years = InputText.Clean(turn.Data?.GetValueOrDefault(SalaryDialog.YearsInput));
            var action = Context(years, Recognize(years, turn.Locale, remembered), state);
            if (turn.Name == SalaryDialog.Verb && years.Length <= InputText.MaxLength)
            {
                SalaryDialog.FromCard(action);
            }
            else
            {
                ConversationDialog.Fallback(action);
            }

            return action;
        }

        var text = InputText.Clean(turn.Text);
        if (text.Length > InputText.MaxLength || !InputText.HasWords(text))
        {
            var language = Language.FromTag(turn.Locale) ?? remembered ?? Language.English;
            var context = Context(text, new Utterance(language, Intent.None), state);
            if (text.Length > InputText.MaxLength)
            {
                ConversationDialog.TooLong(context, InputText.MaxLength);
            }
            else
            {
                ConversationDialog.Empty(context);
            }

            return context;
        }

        var understood = Context(text, Recognize(text, turn.Locale, remembered), state);
        MessageRouter.Route(understood);
        return understood;
    }

    private TurnContext Context(string message, Utterance utterance, ConversationState state)
    {
        var content = catalog.For(utterance.Language);
        return new TurnContext(message, utterance, content, content.Roles[0], state);
    }
}
