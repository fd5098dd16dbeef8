using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace CareerBot.BotFramework.Hosting;

/// <summary>URLs of this app as the client reached it (scheme, <c>Host</c>, path base), built without trusting the
/// <c>Host</c> header to make a URL: a header that does not (a space, a port out of range, user info) gives none, and
/// the endpoint answers 400 instead of failing with 500.</summary>
public static class RequestUrls
{
    private static readonly SearchValues<char> NotInHost = SearchValues.Create("@/\\?# \t");

    /// <summary><paramref name="path"/> under the request's own base URL; null when its Host header does not make an
    /// absolute http(s) URL.</summary>
    public static Uri? Own(HttpRequest request, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        var host = request.Host.Value;
        if (string.IsNullOrEmpty(host) || host.Length > 255 || host.AsSpan().ContainsAny(NotInHost))
        {
            return null;
        }

        return Uri.TryCreate($"{request.Scheme}://{host}{request.PathBase}{path}", UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && uri.UserInfo.Length == 0
            ? uri
            : null;
    }

    /// <summary>The 400 of a request whose Host header makes no URL.</summary>
    public static IResult BadHost() =>
        Results.Json(
            Schema.ErrorResponse.Of("BadRequest", "The Host header does not name this service."),
            Schema.BotJsonContext.Default.ErrorResponse,
            statusCode: StatusCodes.Status400BadRequest);
}
