using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Connector;

/// <summary>Sends the bot's activities to the channel's Bot Connector service, one attempt at a time: retrying is the
/// outbox's business (<see cref="ReplyDeliverer"/>), which keeps the replies durably between attempts.</summary>
public interface IConnectorClient
{
    /// <summary>Posts <paramref name="activity"/> once to its conversation at its service URL (in reply to its
    /// <c>replyToId</c> when set), for at most <c>Connector:AttemptTimeout</c>. Never throws for a channel's failure:
    /// the result says whether it was delivered, is worth another attempt, or is not. Throws
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled.</summary>
    Task<ConnectorAttempt> SendAsync(Activity activity, CancellationToken cancellationToken);
}
