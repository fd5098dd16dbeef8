using Microsoft.Identity.Client;

namespace CareerBot.BotFramework.Connector;

/// <summary>Gives MSAL the named <see cref="HttpClient"/> for the login endpoint, so its handlers are pooled by the
/// <see cref="IHttpClientFactory"/> (and can be configured like any other client).</summary>
public sealed class MsalHttpClientFactory : IMsalHttpClientFactory
{
    /// <summary>The name of the login endpoint's <see cref="HttpClient"/>.</summary>
    public const string LoginHttpClient = "BotFrameworkLogin";

    private readonly IHttpClientFactory factory;

    /// <summary>Creates the factory.</summary>
    public MsalHttpClientFactory(IHttpClientFactory factory)
    {
        this.factory = factory;
    }

    /// <inheritdoc />
    public HttpClient GetHttpClient() => factory.CreateClient(LoginHttpClient);
}
