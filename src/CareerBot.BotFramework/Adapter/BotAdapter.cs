using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;
using Microsoft.Extensions.Logging;

namespace CareerBot.BotFramework.Adapter;

/// <summary>The adapter: an incoming activity becomes turns, the conversation answers them, the answers become
/// activities for the channel, handed to a sink (the HTTP response, the connector, a Direct Line stream).</summary>
public sealed class BotAdapter
{
    private readonly IConversationEngine engine;
    private readonly ILogger<BotAdapter> logger;

    /// <summary>Creates the adapter.</summary>
    public BotAdapter(IConversationEngine engine, ILogger<BotAdapter> logger)
    {
        this.engine = engine;
        this.logger = logger;
    }

    /// <summary>Runs the turns of <paramref name="incoming"/> and hands each reply activity to <paramref name="replies"/>,
    /// in order. A failing turn is logged, its conversation's state reset, and an apology sent instead.</summary>
    public async Task ProcessAsync(Activity incoming, IReplySink replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(replies);
        foreach (var turn in ActivityTurns.From(incoming))
        {
            foreach (var activity in await RunTurnAsync(incoming, turn, cancellationToken))
            {
                await replies.SendAsync(activity, cancellationToken);
            }
        }
    }

    private async Task<IEnumerable<Activity>> RunTurnAsync(Activity incoming, Turn turn, CancellationToken cancellationToken)
    {
        try
        {
            var result = await engine.HandleAsync(turn, cancellationToken);
            return result.Replies.Select(reply => ReplyActivities.Create(incoming, reply));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Turn failed in conversation {ConversationId} on channel {ChannelId}; its state is reset", turn.ConversationId, incoming.ChannelId);
            var apology = ReplyActivities.Create(incoming, await engine.RecoverAsync(turn, cancellationToken));
            return incoming.ChannelId == "emulator"
                ? [apology, ReplyActivities.Trace(incoming, "Turn failed", exception.GetType().Name + ": " + exception.Message)]
                : [apology];
        }
    }
}
