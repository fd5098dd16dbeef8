using System.Net;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Connector;

/// <summary>The SSRF guard: the bot posts only to Bot Framework and Teams hosts, to loopback in anonymous mode, and
/// to the prefixes listed in <c>Connector:AllowedServiceUrls</c>.</summary>
public sealed class ServiceUrlPolicy
{
    private static readonly string[] ChannelHostSuffixes =
    [
        ".botframework.com", ".botframework.us", ".botframework.azure.us", ".botframework.azure.cn",
        ".trafficmanager.net", ".teams.microsoft.com", ".teams.microsoft.us",
    ];

    private readonly IReadOnlyList<string> allowedPrefixes;
    private readonly bool allowLoopback;

    /// <summary>Creates the policy from the connector and authentication options.</summary>
    public ServiceUrlPolicy(IOptions<ConnectorOptions> connector, IOptions<BotAuthenticationOptions> authentication)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(authentication);
        allowedPrefixes = connector.Value.AllowedServiceUrls;
        allowLoopback = authentication.Value.IsAnonymous;
    }

    /// <summary>The service URL as a URI when the bot may post to it; null otherwise.</summary>
    public Uri? Allow(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return null;
        }

        if (allowedPrefixes.Any(prefix => uri.AbsoluteUri.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return uri;
        }

        if (IsLoopback(uri))
        {
            return allowLoopback ? uri : null;
        }

        var isChannelHost = ChannelHostSuffixes.Any(suffix => ("." + uri.Host).EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
        return isChannelHost && uri.Scheme == "https" ? uri : null;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
