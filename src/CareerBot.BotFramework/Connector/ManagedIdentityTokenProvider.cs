using Microsoft.Identity.Client;

namespace CareerBot.BotFramework.Connector;

/// <summary>UserAssignedMSI bots: MSAL's managed identity flow, with <c>MicrosoftAppId</c> as the identity's client id.
/// The application (and its token cache) is created once.</summary>
public sealed class ManagedIdentityTokenProvider : IChannelTokenProvider
{
    private readonly IManagedIdentityApplication application;
    private readonly string resource;

    /// <summary>Creates the provider; <paramref name="scope"/> may end in <c>/.default</c> (managed identity asks for
    /// the resource itself).</summary>
    public ManagedIdentityTokenProvider(IManagedIdentityApplication application, string scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        this.application = application;
        resource = scope.EndsWith("/.default", StringComparison.OrdinalIgnoreCase) ? scope[..^"/.default".Length] : scope;
    }

    /// <inheritdoc />
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await application.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
