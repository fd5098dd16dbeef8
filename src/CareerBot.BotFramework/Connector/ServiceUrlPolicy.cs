using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Connector;

/// <summary>The SSRF guard: where the bot may post replies. In anonymous mode (no <c>MicrosoftAppId</c>), loopback only
/// (the Emulator and the Agents Playground on this machine). With an app id, the service URL that the channel's token
/// vouches for (its <c>serviceurl</c> claim, which authentication checked against the activity). In both, the URLs
/// listed in <c>Connector:AllowedServiceUrls</c>. Nothing else: no host suffix that a stranger could register a name
/// under. Addresses are compared in canonical form (<c>127.1</c>, <c>2130706433</c> and <c>::ffff:127.0.0.1</c> are
/// 127.0.0.1).</summary>
public sealed class ServiceUrlPolicy
{
    /// <summary>The longest service URL accepted.</summary>
    public const int MaxLength = 2048;

    private readonly IReadOnlyList<Uri> allowed;
    private readonly bool anonymous;

    /// <summary>Creates the policy from the connector and authentication options.</summary>
    public ServiceUrlPolicy(IOptions<ConnectorOptions> connector, IOptions<BotAuthenticationOptions> authentication)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(authentication);
        allowed = [.. connector.Value.AllowedServiceUrls.Select(Parse).OfType<Uri>()];
        anonymous = authentication.Value.IsAnonymous;
    }

    /// <summary>The service URL, in canonical form, when the bot may post to it; null otherwise.</summary>
    /// <param name="serviceUrl">The activity's service URL.</param>
    /// <param name="vouched">The service URL the request's token vouches for (a channel token's <c>serviceurl</c>
    /// claim); null when the request had no such token.</param>
    public Uri? Allow(string? serviceUrl, string? vouched = null)
    {
        if (Parse(serviceUrl) is not { } uri)
        {
            return null;
        }

        if (allowed.Any(prefix => Covers(prefix, uri)))
        {
            return uri;
        }

        if (anonymous)
        {
            return uri.IsLoopback ? uri : null;
        }

        return Parse(vouched) is { Scheme: "https" } claim && claim.AbsoluteUri.Equals(uri.AbsoluteUri, StringComparison.OrdinalIgnoreCase) ? uri : null;
    }

    /// <summary>An absolute http or https URL without user info, at most <see cref="MaxLength"/> characters, its host in
    /// canonical form (an IP address in any notation as its usual form, an IPv4-mapped IPv6 address as IPv4); null
    /// otherwise.</summary>
    public static Uri? Parse(string? serviceUrl)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl) || serviceUrl.Length > MaxLength
            || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https") || uri.UserInfo.Length > 0 || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        if (!IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address))
        {
            return uri;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var host = address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        return new UriBuilder(uri) { Host = host }.Uri;
    }

    /// <summary>A service URL fit for a log line: scheme, host, port and path, without user info, query or fragment,
    /// cut to 200 characters; "(none)" or "(not a URL)" otherwise.</summary>
    public static string ForLog(string? serviceUrl)
    {
        if (string.IsNullOrEmpty(serviceUrl))
        {
            return "(none)";
        }

        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || !uri.IsAbsoluteUri)
        {
            return "(not a URL)";
        }

        var shown = uri.GetComponents(UriComponents.Scheme | UriComponents.Host | UriComponents.Port | UriComponents.Path, UriFormat.UriEscaped);
        return shown.Length > 200 ? shown[..200] + "…" : shown;
    }

    // Same scheme, host and port; the prefix's path a whole-segment prefix of the URL's.
    private static bool Covers(Uri prefix, Uri uri)
    {
        if (!string.Equals(prefix.Scheme, uri.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(prefix.IdnHost, uri.IdnHost, StringComparison.OrdinalIgnoreCase)
            || prefix.Port != uri.Port)
        {
            return false;
        }

        var path = prefix.AbsolutePath.TrimEnd('/');
        return path.Length == 0
            || uri.AbsolutePath.Equals(path, StringComparison.Ordinal)
            || uri.AbsolutePath.StartsWith(path + "/", StringComparison.Ordinal);
    }
}
