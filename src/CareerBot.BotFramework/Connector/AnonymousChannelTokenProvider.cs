namespace CareerBot.BotFramework.Connector;

/// <summary>Anonymous mode (no <c>MicrosoftAppId</c>): no token, so no <c>Authorization</c> header.</summary>
public sealed class AnonymousChannelTokenProvider : IChannelTokenProvider
{
    /// <inheritdoc />
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
