using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Connector;

/// <summary>Sends the bot's activities to the channel's Bot Connector service.</summary>
public interface IConnectorClient
{
    /// <summary>Posts <paramref name="activity"/> to its conversation at its service URL (in reply to its
    /// <c>replyToId</c> when set). Never throws for a channel's failure: it logs it and returns false.</summary>
    Task<bool> SendAsync(Activity activity, CancellationToken cancellationToken);
}
