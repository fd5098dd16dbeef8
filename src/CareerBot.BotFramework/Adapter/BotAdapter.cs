using System.Diagnostics;
using CareerBot.BotFramework.Cards;
using CareerBot.BotFramework.Ratings;
using CareerBot.BotFramework.Telemetry;
using CareerBot.BotFramework.Transcripts;
using CareerBot.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Activity = CareerBot.BotFramework.Schema.Activity;

namespace CareerBot.BotFramework.Adapter;

/// <summary>The adapter: an incoming activity becomes turns, the conversation answers them, the answers become
/// activities for the channel, handed to a sink (the HTTP response, the connector, a Direct Line stream).</summary>
public sealed class BotAdapter
{
    /// <summary>The name of the Universal Actions invoke.</summary>
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    /// <summary>How long a turn may run before the user sees a typing indicator.</summary>
    public static readonly TimeSpan TypingDelay = TimeSpan.FromMilliseconds(300);

    private readonly IConversationEngine engine;
    private readonly ITranscriptLogger transcripts;
    private readonly IFeedbackStore feedback;
    private readonly IAnswerLedger answers;
    private readonly TimeProvider time;
    private readonly ILogger<BotAdapter> logger;

    /// <summary>Creates the adapter.</summary>
    public BotAdapter(IConversationEngine engine, ITranscriptLogger transcripts, IFeedbackStore feedback, IAnswerLedger answers, TimeProvider time, ILogger<BotAdapter> logger)
    {
        this.engine = engine;
        this.transcripts = transcripts;
        this.feedback = feedback;
        this.answers = answers;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>Runs the turns of <paramref name="incoming"/> and hands each reply activity to <paramref name="replies"/>,
    /// in order, after a typing indicator when a turn is slow (not in a Teams channel, which shows none). The answers to
    /// a person's message or card can be rated: they carry the feedback loop's mark (<see cref="FeedbackLoop"/>) and go
    /// to the sink with their <see cref="AnswerLabel"/>. When
    /// <paramref name="replies"/> is an <see cref="IOutboxReplySink"/>, a turn's replies are committed to the outbox with
    /// its state instead (so that, when this returns, they are durable). A failing turn is logged, its conversation's
    /// state reset, and an apology sent instead (with a trace of the error on the Emulator channel). When the
    /// conversation's store is unreachable, <see cref="StorageUnavailableException"/> goes up to the caller: nothing
    /// was saved, and the channel should send the activity again later.</summary>
    public async Task ProcessAsync(Activity incoming, IReplySink replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(replies);
        await transcripts.LogAsync(incoming, cancellationToken);
        var outbox = replies as IOutboxReplySink;
        foreach (var turn in ActivityTurns.From(incoming))
        {
            var rateable = turn.Kind is TurnKind.Message or TurnKind.CardAction;

            // The activities of the attempt that saved (the engine encodes again when a save loses a race).
            IReadOnlyList<Activity>? committed = null;
            OutboxEncoder? encoder = outbox is null
                ? null
                : made =>
                {
                    committed = [.. made.Replies.Select(reply => Answer(incoming, reply, rateable))];
                    return outbox.Encode(committed, rateable ? AnswerLabel.Of(made.Intent, made.Language) : null);
                };
            var running = RunTurnAsync(incoming, turn, encoder, cancellationToken);
            if (replies.ShowsTyping && !GroupConversations.IsChannel(incoming) && await Task.WhenAny(running, Task.Delay(TypingDelay, cancellationToken)) != running)
            {
                await replies.SendAsync(ReplyActivities.Typing(incoming), cancellationToken);
            }

            var run = await running;
            if (run.Failure is null && committed is not null)
            {
                outbox!.Committed();
                foreach (var activity in committed)
                {
                    await transcripts.LogAsync(activity, cancellationToken);
                }
            }
            else
            {
                var label = rateable && run.Failure is null ? run.Label : null;
                foreach (var reply in run.Replies)
                {
                    var activity = Answer(incoming, reply, label is not null);
                    await (label is null ? replies.SendAsync(activity, cancellationToken) : replies.SendAsync(activity, label, cancellationToken));
                    await transcripts.LogAsync(activity, cancellationToken);
                }
            }

            if (run.Failure is { } failure && incoming.ChannelId == "emulator")
            {
                await replies.SendAsync(ReplyActivities.Trace(incoming, "Turn failed", failure), cancellationToken);
            }
        }
    }

    /// <summary>Runs an invoke: an <c>adaptiveCard/action</c> (Action.Execute) answers with the refreshed card, or with
    /// a message when the answer has no card; a <c>message/submitAction</c> rating an answer is kept and answered 200
    /// with no body; a malformed value is 400; any other invoke is 501.</summary>
    public async Task<InvokeResponse> ProcessInvokeAsync(Activity incoming, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        await transcripts.LogAsync(incoming, cancellationToken);
        if (incoming.Name == FeedbackSubmission.InvokeName)
        {
            return await RateAsync(incoming, cancellationToken);
        }

        if (incoming.Name != AdaptiveCardActionInvoke)
        {
            return new InvokeResponse(StatusCodes.Status501NotImplemented, null);
        }

        if (CardData.FromInvoke(incoming.Value, out var problem) is not { } action)
        {
            return InvokeResults.Error(StatusCodes.Status400BadRequest, "BadRequest", problem!);
        }

        var turn = new Turn(
            incoming.Conversation?.Id ?? string.Empty, incoming.From?.Id ?? string.Empty, TurnKind.CardAction,
            Locale: incoming.Locale, Data: action.Data, Name: action.Verb, Group: GroupConversations.IsGroup(incoming));
        var run = await RunTurnAsync(incoming, turn, null, cancellationToken);
        return run.Replies.LastOrDefault(r => r.Card is not null) is { Card: { } card }
            ? InvokeResults.Card(AdaptiveCards.Render(card, universalActions: true))
            : InvokeResults.Message(string.Join("\n\n", run.Replies.Select(r => r.Markdown)));
    }

    /// <summary>An answer's activity; one that can be rated carries the feedback loop's mark.</summary>
    private static Activity Answer(Activity incoming, Reply reply, bool rateable)
    {
        var activity = ReplyActivities.Create(incoming, reply);
        return rateable ? activity with { ChannelData = FeedbackLoop.ChannelData } : activity;
    }

    // A rating: the answer it names (replyToId) is looked up in the ledger ("unknown" when it is not there any more),
    // and the rating kept with the conversation's pseudonym, never the person's id; counted by reaction, intent,
    // language and channel. The comment is never logged.
    private async Task<InvokeResponse> RateAsync(Activity incoming, CancellationToken cancellationToken)
    {
        if (FeedbackSubmission.FromInvoke(incoming.Value, out var problem) is not { } submission)
        {
            return InvokeResults.Error(StatusCodes.Status400BadRequest, "BadRequest", problem!);
        }

        var conversationId = incoming.Conversation?.Id ?? string.Empty;
        var label = string.IsNullOrEmpty(incoming.ReplyToId) || conversationId.Length == 0
            ? null
            : await answers.FindAsync(conversationId, incoming.ReplyToId, cancellationToken);
        label ??= AnswerLabel.Unknown;
        var channel = BotTelemetry.Channel(incoming.ChannelId);
        var reaction = submission.Reaction == FeedbackReaction.Like ? "like" : "dislike";
        await feedback.AddAsync(
            new Feedback(time.GetUtcNow(), Pseudonym.Of(conversationId), channel, submission.Reaction, submission.Comment, label.HandledAs, label.Language),
            cancellationToken);
        BotTelemetry.Feedback.Add(1, new TagList
        {
            { BotTelemetry.Tags.Reaction, reaction },
            { BotTelemetry.Tags.Intent, label.HandledAs },
            { BotTelemetry.Tags.Language, label.Language },
            { BotTelemetry.Tags.Channel, channel },
        });
        logger.LogInformation(
            "Feedback {Reaction} on an answer handled as {HandledAs} ({Language}) in conversation {Conversation} on channel {ChannelId}, with a comment: {Commented}",
            reaction, label.HandledAs, label.Language, Pseudonym.Of(conversationId), channel, submission.Comment is not null);
        return new InvokeResponse(StatusCodes.Status200OK, null);
    }

    private async Task<TurnRun> RunTurnAsync(Activity incoming, Turn turn, OutboxEncoder? outbox, CancellationToken cancellationToken)
    {
        var channel = BotTelemetry.Channel(incoming.ChannelId);
        using var span = BotTelemetry.Source.StartActivity("careerbot.turn");
        span?.SetTag(BotTelemetry.Tags.Channel, channel);
        span?.SetTag(BotTelemetry.Tags.Locale, BotTelemetry.Locale(turn.Locale));
        span?.SetTag("careerbot.turn.kind", turn.Kind.ToString());
        var started = Stopwatch.GetTimestamp();
        var (intent, outcome, language) = ("error", "error", "none");
        try
        {
            var result = await engine.HandleAsync(turn, outbox, cancellationToken);
            (intent, outcome, language) = (result.Intent, result.Outcome.ToString().ToLowerInvariant(), result.Language);
            return new TurnRun(result.Replies, null, AnswerLabel.Of(result.Intent, result.Language));
        }
        catch (StorageUnavailableException exception)
        {
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            logger.LogError(exception, "Turn failed in conversation {Conversation} on channel {ChannelId}; its state is reset", Pseudonym.Of(turn.ConversationId), channel);
            return new TurnRun([await engine.RecoverAsync(turn, cancellationToken)], exception.GetType().Name + ": " + exception.Message, null);
        }
        finally
        {
            span?.SetTag(BotTelemetry.Tags.Intent, intent);
            span?.SetTag(BotTelemetry.Tags.Outcome, outcome);
            span?.SetTag(BotTelemetry.Tags.Language, language);
            var tags = new TagList
            {
                { BotTelemetry.Tags.Channel, channel },
                { BotTelemetry.Tags.Intent, intent },
                { BotTelemetry.Tags.Outcome, outcome },
                { BotTelemetry.Tags.Language, language },
            };
            BotTelemetry.Turns.Add(1, tags);
            BotTelemetry.TurnDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    private sealed record TurnRun(IReadOnlyList<Reply> Replies, string? Failure, AnswerLabel? Label);
}
