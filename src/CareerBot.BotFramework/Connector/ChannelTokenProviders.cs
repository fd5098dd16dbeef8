using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace CareerBot.BotFramework.Connector;

/// <summary>Chooses the outbound token provider from the configuration: anonymous without <c>MicrosoftAppId</c>, else
/// by <c>MicrosoftAppType</c> (empty = MultiTenant).</summary>
public static class ChannelTokenProviders
{
    /// <summary>The tenant that issues MultiTenant bots' connector tokens.</summary>
    public const string BotFrameworkTenant = "botframework.com";

    /// <summary>Creates the provider. Throws <see cref="InvalidOperationException"/> for a configuration that cannot
    /// work (no secret, SingleTenant without tenant, unknown app type, malformed login URL).</summary>
    public static IChannelTokenProvider Create(BotAuthenticationOptions authentication, ChannelTokenOptions token, IMsalHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(token);
        if (authentication.IsAnonymous)
        {
            return new AnonymousChannelTokenProvider();
        }

        var appId = authentication.MicrosoftAppId!;
        var appType = string.IsNullOrWhiteSpace(authentication.MicrosoftAppType) ? "MultiTenant" : authentication.MicrosoftAppType.Trim();
        if (appType.Equals("UserAssignedMSI", StringComparison.OrdinalIgnoreCase))
        {
            var identity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(appId))
                .WithHttpClientFactory(httpClientFactory)
                .Build();
            return new ManagedIdentityTokenProvider(identity, token.OAuthScope);
        }

        var tenant = appType switch
        {
            _ when appType.Equals("MultiTenant", StringComparison.OrdinalIgnoreCase) => BotFrameworkTenant,
            _ when appType.Equals("SingleTenant", StringComparison.OrdinalIgnoreCase) => string.IsNullOrWhiteSpace(authentication.MicrosoftAppTenantId)
                ? throw new InvalidOperationException("MicrosoftAppType SingleTenant needs MicrosoftAppTenantId.")
                : authentication.MicrosoftAppTenantId.Trim(),
            _ => throw new InvalidOperationException($"MicrosoftAppType '{appType}' is not MultiTenant, SingleTenant or UserAssignedMSI."),
        };
        if (string.IsNullOrEmpty(authentication.MicrosoftAppPassword))
        {
            throw new InvalidOperationException($"MicrosoftAppType {appType} needs MicrosoftAppPassword.");
        }

        var builder = ConfidentialClientApplicationBuilder.Create(appId)
            .WithClientSecret(authentication.MicrosoftAppPassword)
            .WithAuthority(Authority(token.ToChannelFromBotLoginUrl, tenant).AbsoluteUri)
            .WithHttpClientFactory(httpClientFactory);
        if (!string.IsNullOrWhiteSpace(token.ToChannelFromBotLoginUrl))
        {
            // A private cloud or a test endpoint: not one of the hosts MSAL knows, so no discovery against the public cloud.
            builder = builder.WithInstanceDiscovery(false);
        }

        return new ClientCredentialsTokenProvider(builder.Build(), token.OAuthScope);
    }

    /// <summary>The authority for <paramref name="tenant"/>: <paramref name="loginUrl"/> (default
    /// <see cref="ChannelTokenOptions.DefaultLoginUrl"/>) with the tenant appended when it is a bare base URL, or as it
    /// is when it already names a tenant path.</summary>
    public static Uri Authority(string? loginUrl, string tenant)
    {
        var url = string.IsNullOrWhiteSpace(loginUrl) ? ChannelTokenOptions.DefaultLoginUrl : loginUrl.Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var login) || login.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException($"ToChannelFromBotLoginUrl '{url}' is not an absolute https URL.");
        }

        if (login.AbsolutePath.Trim('/').Length > 0)
        {
            return login;
        }

        return new Uri(login, Uri.EscapeDataString(tenant));
    }
}
