using Microsoft.Identity.Client;

namespace CareerBot.BotFramework.Connector;

/// <summary>MultiTenant and SingleTenant bots: the client credentials flow with the app's secret. One MSAL application
/// lives as long as the provider, so its in-memory token cache serves every call and renews tokens before expiry.</summary>
public sealed class ClientCredentialsTokenProvider : IChannelTokenProvider
{
    private readonly IConfidentialClientApplication application;
    private readonly string[] scopes;

    /// <summary>Creates the provider over one confidential client application.</summary>
    public ClientCredentialsTokenProvider(IConfidentialClientApplication application, string scope)
    {
        this.application = application;
        scopes = [scope];
    }

    /// <inheritdoc />
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await application.AcquireTokenForClient(scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
