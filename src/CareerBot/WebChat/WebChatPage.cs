using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using CareerBot.BotFramework.DirectLine;
using CareerBot.BotFramework.Hosting;
using CareerBot.Core.Content;
using CareerBot.Core.Languages;
using CareerBot.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CareerBot.WebChat;

/// <summary>The page at <c>/</c>, in the visitor's language (<c>?lang=fr</c>, else the browser's <c>Accept-Language</c>,
/// else English): the template <c>webchat/index.html</c> filled once per language with the words of
/// <c>dialogs/{language}/messages.md</c>, the settings' name and colours, and the versioned addresses of its files.
/// Rendered again, once, for each content an edit brings in (<see cref="LiveContent"/>).</summary>
public sealed partial class WebChatPage
{
    // Escapes what HTML needs escaped, and leaves letters such as é and no-break spaces as they are.
    private static readonly HtmlEncoder HtmlText = HtmlEncoder.Create(UnicodeRanges.All);

    // Stands in the rendered page for the nonce each response gets (base64 never holds a '!').
    private const string NonceMark = "!nonce!";
    private const string SocketMark = "!socket!";

    // The source of a policy that allows a <style> element with no text.
    private static readonly string EmptyStyle = $"'sha256-{Convert.ToBase64String(SHA256.HashData([]))}'";

    private readonly LiveContent live;
    private readonly WebChatAssets assets;
    private readonly WebChatOptions options;
    private readonly ConditionalWeakTable<ContentCatalog, FrozenDictionary<Language, (byte[] Before, byte[] After)>> pages = new();
    private readonly string securityPolicy;

    /// <summary>Renders the page in every language of the content in use.</summary>
    public WebChatPage(WebChatAssets assets, LiveContent live, IOptions<WebChatOptions> options, IOptions<DirectLineOptions> directLine)
    {
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(live);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(directLine);
        this.live = live;
        this.assets = assets;
        this.options = options.Value;
        _ = PagesOf(live.Current.Catalog);

        // The page loads only its own files and runs no inline script and no eval; Web Chat talks to this app's Direct
        // Line, or to Azure's. The only inline styles are the page's colours and those Web Chat writes as it renders,
        // each in a <style> element carrying the response's nonce; but Web Chat 4.18 does not hand its nonce to the
        // scrolling of its transcript (react-scroll-to-bottom), which adds an empty <style> and fills it through the
        // CSSOM (insertRule, which the policy does not govern): the hash of empty content lets that one in, and no
        // <style> with any text.
        // 'self' covers this origin's WebSocket in CSP 3; the explicit ws(s):// origin is for browsers before it (Safari
        // until 15.4), computed per request from the address the visitor used.
        var connect = "'self'" + SocketMark;
        if (directLine.Value.UsesAzure)
        {
            var azure = directLine.Value.AzureEndpoint;
            connect += $" {azure.GetLeftPart(UriPartial.Authority)} wss://{azure.Authority}";
        }

        securityPolicy = $"default-src 'self'; script-src 'self'; style-src 'self' 'nonce-{NonceMark}' {EmptyStyle}; img-src 'self' data: blob:; "
            + $"connect-src {connect}; media-src 'none'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    }

    /// <summary>The language of the page for <paramref name="request"/>: one of the content's languages.</summary>
    public Language Choose(HttpRequest request) => Choose(request, live.Current.Catalog);

    /// <summary>Answers <c>GET /</c>.</summary>
    public IResult Serve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var content = live.Current.Catalog;
        var language = Choose(context.Request, content);
        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.Vary = HeaderNames.AcceptLanguage;
        headers.ContentLanguage = language.Code;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var own = RequestUrls.Own(context.Request, "/");
        var socket = own is null ? string.Empty : $" {(own.Scheme == Uri.UriSchemeHttps ? "wss" : "ws")}://{own.Authority}";
        headers.ContentSecurityPolicy = securityPolicy.Replace(NonceMark, nonce, StringComparison.Ordinal).Replace(SocketMark, socket, StringComparison.Ordinal);
        var (before, after) = PagesOf(content)[language];
        return Results.Bytes([.. before, .. Encoding.ASCII.GetBytes(nonce), .. after], "text/html; charset=utf-8");
    }

    private static Language Choose(HttpRequest request, ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (content.Find(request.Query["lang"]) is { } asked)
        {
            return asked;
        }

        var accepted = request.GetTypedHeaders().AcceptLanguage
            .Where(value => value.Quality is null or > 0)
            .OrderByDescending(value => value.Quality ?? 1);
        foreach (var value in accepted)
        {
            if (content.Find(value.Value.Value) is { } language)
            {
                return language;
            }
        }

        return content.Default;
    }

    /// <summary>The page in every language of <paramref name="content"/>, rendered on first use: at start-up, then once
    /// after each edit applied.</summary>
    private FrozenDictionary<Language, (byte[] Before, byte[] After)> PagesOf(ContentCatalog content) =>
        pages.GetValue(content, catalog => catalog.Languages.Select(l => l.Language).ToFrozenDictionary(language => language, language =>
        {
            var page = Render(assets, catalog, options, language);
            var mark = page.IndexOf(NonceMark, StringComparison.Ordinal);
            return (Encoding.UTF8.GetBytes(page[..mark]), Encoding.UTF8.GetBytes(page[(mark + NonceMark.Length)..]));
        }));

    private static string Render(WebChatAssets assets, ContentCatalog content, WebChatOptions options, Language language)
    {
        var messages = content.For(language).Messages;
        var bot = ("bot", options.BotName);
        string Say(MessageKey key) => messages.Format(key, [bot]);
        // The link to the next language the content has (to the same page when it has only one).
        var languages = content.Languages.Select(l => l.Language).ToList();
        var other = languages[(languages.IndexOf(language) + 1) % languages.Count];
        var colors = options.Colors;
        var config = new WebChatPageConfig(
            language.Code,
            CultureInfo.CreateSpecificCulture(language.Code).Name,
            options.BotName,
            assets.Images["avatar"].Address("webchat/images/avatar"),
            colors,
            new WebChatPageWords(
                Say(WebChatMessageKeys.InputPlaceholder),
                Say(WebChatMessageKeys.InputLabel),
                Say(WebChatMessageKeys.BotSaid),
                Say(WebChatMessageKeys.NewConversationStarted),
                Say(WebChatMessageKeys.Unreachable),
                Say(WebChatMessageKeys.Ended),
                messages[WebChatMessageKeys.CardNumberError],
                WebChatFeedbackWords.From(Say)));
        var html = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["lang"] = language.Code,
            ["title"] = Say(WebChatMessageKeys.Title),
            ["description"] = Say(WebChatMessageKeys.Description),
            ["bot"] = options.BotName,
            ["tagline"] = Say(WebChatMessageKeys.Tagline),
            ["conversation-label"] = Say(WebChatMessageKeys.ConversationLabel),
            ["loading"] = Say(WebChatMessageKeys.Loading),
            ["noscript"] = Say(WebChatMessageKeys.NoScript),
            ["new-conversation"] = Say(WebChatMessageKeys.NewConversation),
            ["other-language"] = Say(WebChatMessageKeys.OtherLanguage),
            ["other-lang"] = other.Code,
            ["other-href"] = "?lang=" + other.Code,
            ["theme-color"] = colors.Header,
            ["icon"] = assets.Images["icon"].Address("webchat/images/icon"),
            ["touch-icon"] = assets.Images["touch-icon"].Address("webchat/images/touch-icon"),
            ["logo"] = assets.Images["logo"].Address("webchat/images/logo"),
            ["page.css"] = assets.Style.Address("webchat/page.css"),
            ["page.js"] = assets.Script.Address("webchat/page.js"),
            ["webchat.js"] = assets.Bundle is { } bundle ? bundle.Plain.Address("webchat/webchat.js") : "webchat/webchat.js",
        };
        var raw = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["colors"] = $"--accent: {colors.Accent}; --header: {colors.Header}; --header-text: {colors.HeaderText}; --page: {colors.Page}; "
                + $"--bot-bubble: {colors.BotBubble}; --bot-bubble-text: {colors.BotBubbleText}; --user-bubble: {colors.UserBubble}; --user-bubble-text: {colors.UserBubbleText};",
            ["config"] = JsonSerializer.Serialize(config, WebChatJsonContext.Default.WebChatPageConfig),
            ["nonce"] = NonceMark,
        };

        return Placeholder().Replace(assets.Template, match =>
        {
            var name = match.Groups[1].Value;
            return html.TryGetValue(name, out var text) ? HtmlText.Encode(text)
                : raw.TryGetValue(name, out var verbatim) ? verbatim
                : throw new InvalidOperationException($"webchat/index.html uses the unknown placeholder {{{{{name}}}}}.");
        });
    }

    [GeneratedRegex(@"\{\{([a-z.-]+)\}\}")]
    private static partial Regex Placeholder();
}
