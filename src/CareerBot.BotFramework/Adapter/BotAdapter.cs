using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;
using Microsoft.Extensions.Logging;

namespace CareerBot.BotFramework.Adapter;

/// <summary>The adapter: an incoming activity becomes turns, the conversation answers them, the answers become
/// activities that go back in the HTTP response (<c>expectReplies</c>) or to the channel's connector.</summary>
public sealed class BotAdapter
{
    private readonly IConversationEngine engine;
    private readonly IConnectorClient connector;
    private readonly ILogger<BotAdapter> logger;

    /// <summary>Creates the adapter.</summary>
    public BotAdapter(IConversationEngine engine, IConnectorClient connector, ILogger<BotAdapter> logger)
    {
        this.engine = engine;
        this.connector = connector;
        this.logger = logger;
    }

    /// <summary>Runs the turns of <paramref name="incoming"/>. Returns the reply activities when the sender expects
    /// them in the response; otherwise sends them to the connector and returns none.</summary>
    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity incoming, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var outgoing = new List<Activity>();
        foreach (var turn in ActivityTurns.From(incoming))
        {
            outgoing.AddRange(await RunTurnAsync(incoming, turn, cancellationToken));
        }

        if (incoming.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            return outgoing;
        }

        foreach (var activity in outgoing)
        {
            await connector.SendAsync(activity, cancellationToken);
        }

        return [];
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
