using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CareerBot.BotFramework.DirectLine;
using CareerBot.BotFramework.Hosting;

namespace CareerBot.WebChat;

/// <summary>The Content-Security-Policy of the Web Chat page (<c>GET /</c>): scripts only from this origin plus the
/// page's own inline scripts, named by their SHA-256 (read from the page when it is served, so that an edit of the page
/// needs no change here); connections only to this origin (and Azure's Direct Line when the page talks to it); no
/// frame, no base, no form, no plug-in. Styles may be inline: Web Chat writes its styles into the page as it renders.</summary>
public sealed partial class WebChatPagePolicy
{
    private readonly string page;
    private readonly string? azure;
    private string? scriptHashes;
    private DateTime readAt;

    /// <summary>Creates the policy of the page at <paramref name="page"/>.</summary>
    public WebChatPagePolicy(string page, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.page = page;
        if (options.UsesAzure)
        {
            var endpoint = options.AzureEndpoint;
            azure = $" {endpoint.GetLeftPart(UriPartial.Authority)} {(endpoint.Scheme == Uri.UriSchemeHttps ? "wss" : "ws")}://{endpoint.Authority}";
        }
    }

    /// <summary>The header's value for <paramref name="request"/> (its WebSocket origin is the request's own).</summary>
    public string For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var own = RequestUrls.Own(request, "/");
        var socket = own is null ? string.Empty : $" {(own.Scheme == Uri.UriSchemeHttps ? "wss" : "ws")}://{own.Authority}";
        return $"default-src 'none'; script-src 'self'{ScriptHashes()}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + $"font-src 'self' data:; media-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'{socket}{azure}; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";
    }

    [GeneratedRegex(@"<script(?<attributes>[^>]*)>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Scripts();

    // The hashes of the page's inline scripts, read again when the file changes.
    private string ScriptHashes()
    {
        var written = File.Exists(page) ? File.GetLastWriteTimeUtc(page) : DateTime.MinValue;
        if (scriptHashes is { } known && written == readAt)
        {
            return known;
        }

        var hashes = new StringBuilder();
        if (File.Exists(page))
        {
            foreach (Match script in Scripts().Matches(File.ReadAllText(page)))
            {
                if (!script.Groups["attributes"].Value.Contains("src", StringComparison.OrdinalIgnoreCase))
                {
                    hashes.Append(" 'sha256-").Append(Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script.Groups["body"].Value)))).Append('\'');
                }
            }
        }

        (scriptHashes, readAt) = (hashes.ToString(), written);
        return scriptHashes;
    }
}
