using System.Text.Json;
using CareerBot.BotFramework.DirectLine;
using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace CareerBot.WebChat;

/// <summary>Maps the Web Chat page (<c>GET /</c>), the Web Chat bundle it loads, and <c>POST /api/webchat/token</c>.</summary>
public static class WebChatEndpoints
{
    /// <summary>Maps the page, its bundle and its token endpoint. The files are next to the binaries under webchat/ (not wwwroot/: no static web assets to manage).</summary>
    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var root = Path.Combine(endpoints.ServiceProvider.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "webchat");
        var page = Path.Combine(root, "index.html");
        var bundle = Path.Combine(root, "webchat.js");
        var policy = new WebChatPagePolicy(page, endpoints.ServiceProvider.GetRequiredService<IOptions<DirectLineOptions>>().Value);

        endpoints.MapGet("/", (HttpContext context) =>
        {
            var headers = context.Response.Headers;
            headers.CacheControl = "no-cache";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = policy.For(context.Request);
            return Results.File(page, "text/html; charset=utf-8");
        });
        endpoints.MapGet("/webchat/webchat.js", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return File.Exists(bundle)
                ? Results.File(bundle, "text/javascript; charset=utf-8", enableRangeProcessing: true, lastModified: File.GetLastWriteTimeUtc(bundle))
                : Results.NotFound();
        });
        endpoints.MapPost("/api/webchat/token", IssueTokenAsync).DisableAntiforgery().RequireRateLimiting(DirectLineEndpoints.ConversationStartPolicy);
        return endpoints;
    }

    private static async Task<IResult> IssueTokenAsync(HttpContext context, WebChatTokenIssuer issuer)
    {
        context.Response.Headers.CacheControl = "no-store";
        WebChatTokenRequest? request = null;
        if (context.Request.ContentLength is > 0 and <= 1024 && context.Request.HasJsonContentType())
        {
            try
            {
                request = await JsonSerializer.DeserializeAsync(context.Request.Body, BotJsonContext.Default.WebChatTokenRequest, context.RequestAborted);
            }
            catch (JsonException)
            {
                return Results.Json(
                    Error("BadArgument", "The body must be {\"locale\":\"…\"} or empty."),
                    BotJsonContext.Default.ErrorResponse,
                    statusCode: StatusCodes.Status400BadRequest);
            }
        }

        if (RequestUrls.Own(context.Request, DirectLineEndpoints.BasePath) is not { } own)
        {
            return RequestUrls.BadHost();
        }

        var token = await issuer.IssueAsync(own, request?.Locale, context.RequestAborted);
        return token is null
            ? Results.Json(Error("ServiceUnavailable", "The chat service could not be reached."), BotJsonContext.Default.ErrorResponse, statusCode: StatusCodes.Status502BadGateway)
            : Results.Json(token, BotJsonContext.Default.WebChatToken);
    }

    private static ErrorResponse Error(string code, string message) => ErrorResponse.Of(code, message);
}
