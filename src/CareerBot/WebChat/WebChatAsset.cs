using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace CareerBot.WebChat;

/// <summary>A file the page loads, with its content type and a version drawn from its bytes. The page asks for it as
/// <c>…?v={version}</c>: that address never changes content, so browsers keep it for a year without asking again;
/// any other address of it is revalidated (ETag) on each use.</summary>
/// <param name="Path">Where the file is.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="Version">16 hex digits of its SHA-256: its ETag and the <c>v</c> of its address.</param>
public sealed record WebChatAsset(string Path, string ContentType, string Version)
{
    /// <summary>The <c>Cache-Control</c> of a versioned address.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Reads <paramref name="path"/> once to version it.</summary>
    public static WebChatAsset Load(string path, string contentType)
    {
        using var file = File.OpenRead(path);
        return new WebChatAsset(path, contentType, Convert.ToHexStringLower(SHA256.HashData(file))[..16]);
    }

    /// <summary>The media type of an image file by its extension; null for a type the page does not serve.</summary>
    public static string? ContentTypeOf(string path) =>
        System.IO.Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".svg" => "image/svg+xml",
            ".png" => "image/png",
            ".ico" => "image/x-icon",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".webp" => "image/webp",
            _ => null,
        };

    /// <summary>The address of the file under <paramref name="route"/>, with its version.</summary>
    public string Address(string route) => $"{route}?v={Version}";

    /// <summary>Answers a request for the file: 200 with it, or 304 when the browser's copy is current.</summary>
    public IResult Serve(HttpContext context, string? encoding = null, string? encodedPath = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.CacheControl = context.Request.Query["v"] == Version ? Immutable : "no-cache";
        headers.XContentTypeOptions = "nosniff";
        if (ContentType.StartsWith("image/", StringComparison.Ordinal))
        {
            // An SVG opened on its own runs no script and loads nothing.
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        }

        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        var tag = new EntityTagHeaderValue($"\"{Version}{(encoding is null ? string.Empty : "-" + encoding)}\"");
        return Results.File(encodedPath ?? Path, ContentType, entityTag: tag);
    }
}
