namespace CareerBot.BotFramework.Connector;

/// <summary>Gets the bearer token the bot attaches to its Bot Connector calls.</summary>
public interface IChannelTokenProvider
{
    /// <summary>The access token, or null in anonymous mode (no <c>Authorization</c> header is sent then). Tokens are
    /// cached and renewed before they expire. Throws <c>MsalException</c> when the token cannot be obtained.</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
