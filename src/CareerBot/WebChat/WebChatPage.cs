using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using CareerBot.BotFramework.DirectLine;
using CareerBot.Core.Content;
using CareerBot.Core.Languages;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CareerBot.WebChat;

/// <summary>The page at <c>/</c>, in the visitor's language (<c>?lang=fr</c>, else the browser's <c>Accept-Language</c>,
/// else English): the template <c>webchat/index.html</c> filled once per language with the words of
/// <c>dialogs/{language}/messages.md</c>, the settings' name and colours, and the versioned addresses of its files.</summary>
public sealed partial class WebChatPage
{
    // Escapes what HTML needs escaped, and leaves letters such as é and no-break spaces as they are.
    private static readonly HtmlEncoder HtmlText = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ContentCatalog content;
    private readonly FrozenDictionary<Language, byte[]> pages;
    private readonly string securityPolicy;

    /// <summary>Renders the page in every language.</summary>
    public WebChatPage(WebChatAssets assets, ContentCatalog content, IOptions<WebChatOptions> options, IOptions<DirectLineOptions> directLine)
    {
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(directLine);
        this.content = content;
        pages = content.Languages.Select(l => l.Language).ToFrozenDictionary(language => language, language => Encoding.UTF8.GetBytes(Render(assets, content, options.Value, language)));

        // The page loads only its own files; Web Chat talks to this app's Direct Line, or to Azure's. Styles may be
        // inline: Web Chat writes its own.
        var connect = "'self'";
        if (directLine.Value.UsesAzure)
        {
            var azure = directLine.Value.AzureEndpoint;
            connect += $" {azure.GetLeftPart(UriPartial.Authority)} wss://{azure.Authority}";
        }

        securityPolicy = $"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + $"connect-src {connect}; media-src 'none'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    }

    /// <summary>The language of the page for <paramref name="request"/>: one of the content's languages.</summary>
    public Language Choose(HttpRequest request)
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

    /// <summary>Answers <c>GET /</c>.</summary>
    public IResult Serve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = Choose(context.Request);
        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.Vary = HeaderNames.AcceptLanguage;
        headers.ContentLanguage = language.Code;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = securityPolicy;
        return Results.Bytes(pages[language], "text/html; charset=utf-8");
    }

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
                messages[WebChatMessageKeys.CardNumberError]));
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
