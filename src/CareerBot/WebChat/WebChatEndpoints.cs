using System.Text.Json;
using CareerBot.BotFramework.DirectLine;
using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Schema;

namespace CareerBot.WebChat;

/// <summary>Maps the Web Chat page (<c>GET /</c>), its files (<c>/webchat/…</c>, <c>/favicon.ico</c>) and
/// <c>POST /api/webchat/token</c>.</summary>
public static class WebChatEndpoints
{
    /// <summary>The largest body <c>/api/webchat/token</c> reads.</summary>
    public const int MaxTokenRequestBytes = 1024;

    /// <summary>Maps the page, its files and its token endpoint. The files are next to the binaries under webchat/ (not
    /// wwwroot/: no static web assets to manage).</summary>
    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/", (HttpContext context, WebChatPage page) => page.Serve(context));
        endpoints.MapGet("/webchat/page.js", (HttpContext context, WebChatAssets assets) => assets.Script.Serve(context));
        endpoints.MapGet("/webchat/page.css", (HttpContext context, WebChatAssets assets) => assets.Style.Serve(context));
        endpoints.MapGet("/webchat/webchat.js", (HttpContext context, WebChatAssets assets) => assets.Bundle?.Serve(context) ?? Results.NotFound());
        endpoints.MapGet("/webchat/images/{name}", (string name, HttpContext context, WebChatAssets assets) =>
            assets.Images.TryGetValue(name, out var image) ? image.Serve(context) : Results.NotFound());
        endpoints.MapGet("/favicon.ico", (HttpContext context, WebChatAssets assets) => assets.Images["favicon"].Serve(context));
        endpoints.MapPost("/api/webchat/token", StartSessionAsync).DisableAntiforgery().RequireRateLimiting(DirectLineEndpoints.ConversationStartPolicy);
        return endpoints;
    }

    private static async Task<IResult> StartSessionAsync(HttpContext context, WebChatSessions sessions)
    {
        context.Response.Headers.CacheControl = "no-store";
        WebChatSessionRequest? request = null;
        if (context.Request.ContentLength is > 0 and <= MaxTokenRequestBytes && context.Request.HasJsonContentType())
        {
            try
            {
                request = await JsonSerializer.DeserializeAsync(context.Request.Body, WebChatJsonContext.Default.WebChatSessionRequest, context.RequestAborted);
            }
            catch (JsonException)
            {
                return Results.Json(
                    ErrorResponse.Of("BadArgument", "The body must be {\"locale\":\"…\",\"restart\":false} or empty."),
                    BotJsonContext.Default.ErrorResponse,
                    statusCode: StatusCodes.Status400BadRequest);
            }
        }

        if (RequestUrls.Own(context.Request, DirectLineEndpoints.BasePath) is not { } own)
        {
            return RequestUrls.BadHost();
        }

        var session = await sessions.StartAsync(context, own, request);
        return session is null
            ? Results.Json(ErrorResponse.Of("ServiceUnavailable", "The chat service could not be reached."), BotJsonContext.Default.ErrorResponse, statusCode: StatusCodes.Status502BadGateway)
            : Results.Json(session, WebChatJsonContext.Default.WebChatSession);
    }
}
