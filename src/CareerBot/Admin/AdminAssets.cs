using CareerBot.WebChat;

namespace CareerBot.Admin;

/// <summary>The page's files, next to the app under <c>admin/</c>, each read once to be versioned: its style sheet and
/// script, and the charting library (Chart.js, pinned in <c>Admin/npm</c>, copied by the build with its Brotli and gzip
/// copies; absent only when the build could not install it). Served at <c>/admin/assets/{name}</c> like Web Chat's
/// files (<see cref="WebChatAsset"/>, <see cref="WebChatBundle"/>): immutable at their versioned address.</summary>
public sealed class AdminAssets
{
    /// <summary>The folder, relative to the app's.</summary>
    public const string Folder = "admin";

    /// <summary>The style sheet's name.</summary>
    public const string StyleName = "admin.css";

    /// <summary>The script's name.</summary>
    public const string ScriptName = "admin.js";

    /// <summary>The charting library's name.</summary>
    public const string ChartsName = "chart.umd.min.js";

    /// <summary>Reads the files.</summary>
    public AdminAssets(IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var root = Path.Combine(environment.ContentRootPath, Folder);
        Style = WebChatAsset.Load(Path.Combine(root, StyleName), "text/css; charset=utf-8");
        Script = WebChatAsset.Load(Path.Combine(root, ScriptName), "text/javascript; charset=utf-8");
        var charts = Path.Combine(root, ChartsName);
        Charts = File.Exists(charts) ? WebChatBundle.Load(charts) : null;
    }

    /// <summary>The style sheet.</summary>
    public WebChatAsset Style { get; }

    /// <summary>The page's script.</summary>
    public WebChatAsset Script { get; }

    /// <summary>Chart.js; null when it is missing.</summary>
    public WebChatBundle? Charts { get; }

    /// <summary>Answers a request for the file <paramref name="name"/>: 404 for any other name.</summary>
    public IResult Serve(HttpContext context, string name) => name switch
    {
        StyleName => Style.Serve(context),
        ScriptName => Script.Serve(context),
        ChartsName when Charts is not null => Charts.Serve(context),
        _ => Results.NotFound(),
    };
}
