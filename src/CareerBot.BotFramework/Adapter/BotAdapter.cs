using System.Diagnostics;
using CareerBot.BotFramework.Cards;
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
    private readonly ILogger<BotAdapter> logger;

    /// <summary>Creates the adapter.</summary>
    public BotAdapter(IConversationEngine engine, ITranscriptLogger transcripts, ILogger<BotAdapter> logger)
    {
        this.engine = engine;
        this.transcripts = transcripts;
        this.logger = logger;
    }

    /// <summary>Runs the turns of <paramref name="incoming"/> and hands each reply activity to <paramref name="replies"/>,
    /// in order, after a typing indicator when a turn is slow (not in a Teams channel, which shows none). When
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
            // The activities of the attempt that saved (the engine encodes again when a save loses a race).
            IReadOnlyList<Activity>? committed = null;
            OutboxEncoder? encoder = outbox is null
                ? null
                : made =>
                {
                    committed = [.. made.Select(reply => ReplyActivities.Create(incoming, reply))];
                    return outbox.Encode(committed);
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
                foreach (var reply in run.Replies)
                {
                    var activity = ReplyActivities.Create(incoming, reply);
                    await replies.SendAsync(activity, cancellationToken);
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
    /// a message when the answer has no card; a malformed value is 400; any other invoke is 501.</summary>
    public async Task<InvokeResponse> ProcessInvokeAsync(Activity incoming, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        await transcripts.LogAsync(incoming, cancellationToken);
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
            return new TurnRun(result.Replies, null);
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
            return new TurnRun([await engine.RecoverAsync(turn, cancellationToken)], exception.GetType().Name + ": " + exception.Message);
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

    private sealed record TurnRun(IReadOnlyList<Reply> Replies, string? Failure);
}
