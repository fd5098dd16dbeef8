using Microsoft.Extensions.Options;

namespace CareerBot.WebChat;

/// <summary>The files of the page, next to the app under <c>webchat/</c>: its script and style sheet, Web Chat's bundle
/// (absent only when the build could not install it) and the images named in the settings, each read once to be
/// versioned.</summary>
public sealed class WebChatAssets
{
    /// <summary>The folder, relative to the app's, and the address prefix of the page's files.</summary>
    public const string Folder = "webchat";

    /// <summary>The names of the images at <c>/webchat/images/{name}</c>.</summary>
    public static readonly IReadOnlyList<string> ImageNames = ["avatar", "logo", "icon", "touch-icon", "favicon"];

    /// <summary>Reads the files (the settings were checked at start-up, so the images exist).</summary>
    public WebChatAssets(IHostEnvironment environment, IOptions<WebChatOptions> options)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.Combine(environment.ContentRootPath, Folder);
        Template = File.ReadAllText(Path.Combine(root, "index.html"));
        Script = WebChatAsset.Load(Path.Combine(root, "page.js"), "text/javascript; charset=utf-8");
        Style = WebChatAsset.Load(Path.Combine(root, "page.css"), "text/css; charset=utf-8");
        var bundle = Path.Combine(root, "webchat.js");
        Bundle = File.Exists(bundle) ? WebChatBundle.Load(bundle) : null;
        var images = options.Value.Images;
        Images = new Dictionary<string, WebChatAsset>(StringComparer.Ordinal)
        {
            ["avatar"] = Image(images.Avatar),
            ["logo"] = Image(images.Logo),
            ["icon"] = Image(images.Icon),
            ["touch-icon"] = Image(images.TouchIcon),
            ["favicon"] = Image(images.Favicon),
        };

        WebChatAsset Image(string path) =>
            WebChatAsset.Load(Path.GetFullPath(path, environment.ContentRootPath), WebChatAsset.ContentTypeOf(path) ?? "application/octet-stream");
    }

    /// <summary>The page's HTML with its <c>{{placeholders}}</c>.</summary>
    public string Template { get; }

    /// <summary>The page's script.</summary>
    public WebChatAsset Script { get; }

    /// <summary>The page's style sheet.</summary>
    public WebChatAsset Style { get; }

    /// <summary>Web Chat's bundle; null when it is missing.</summary>
    public WebChatBundle? Bundle { get; }

    /// <summary>The images by name (<see cref="ImageNames"/>).</summary>
    public IReadOnlyDictionary<string, WebChatAsset> Images { get; }
}
