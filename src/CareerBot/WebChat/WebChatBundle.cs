using Microsoft.Net.Http.Headers;

namespace CareerBot.WebChat;

/// <summary>Web Chat's bundle, <c>webchat.js</c> (about 3.9 MB), with the Brotli (<c>.br</c>) and gzip (<c>.gz</c>)
/// copies the build makes of it: each request gets the smallest its browser accepts (<c>Accept-Encoding</c>), with
/// <c>Content-Encoding</c> and <c>Vary: Accept-Encoding</c> set.</summary>
public sealed class WebChatBundle
{
    private readonly string? brotli;
    private readonly string? gzip;

    private WebChatBundle(WebChatAsset plain, string? brotli, string? gzip)
    {
        Plain = plain;
        this.brotli = brotli;
        this.gzip = gzip;
    }

    /// <summary>The uncompressed bundle; its version is the version of every copy.</summary>
    public WebChatAsset Plain { get; }

    /// <summary>The bundle at <paramref name="path"/> and the compressed copies beside it, when they are there.</summary>
    public static WebChatBundle Load(string path)
    {
        var plain = WebChatAsset.Load(path, "text/javascript; charset=utf-8");
        return new WebChatBundle(plain, Existing(path + ".br"), Existing(path + ".gz"));
    }

    /// <summary>Answers a request for the bundle in the best encoding it accepts.</summary>
    public IResult Serve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.Vary = "Accept-Encoding";
        var accepted = context.Request.GetTypedHeaders().AcceptEncoding;
        var (br, gz) = (brotli is null ? 0 : Quality(accepted, "br"), gzip is null ? 0 : Quality(accepted, "gzip"));
        return br > 0 && br >= gz ? Plain.Serve(context, "br", brotli)
            : gz > 0 ? Plain.Serve(context, "gzip", gzip)
            : Plain.Serve(context);
    }

    // How much the browser wants CODING: its q-value (1 when not given), that of "*" when it names no such coding, else 0.
    private static double Quality(IList<StringWithQualityHeaderValue> accepted, string coding)
    {
        var match = accepted.FirstOrDefault(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase))
            ?? accepted.FirstOrDefault(a => a.Value.Equals("*", StringComparison.Ordinal));
        return match is null ? 0 : match.Quality ?? 1;
    }

    private static string? Existing(string path) => File.Exists(path) ? path : null;
}
