using CareerBot.BotFramework.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CareerBot.BotFramework.Hosting;

/// <summary>Answers a request the client broke while it was read — a body arriving too slowly (Kestrel's minimum data
/// rate), a malformed chunked body, a body over the server's limit — with the status Kestrel gives it (400, 408, 413)
/// and a JSON error, logged at Debug: the client's fault, not an unhandled exception with a stack trace per
/// connection.</summary>
public sealed class ClientErrorMiddleware
{
    private readonly RequestDelegate next;
    private readonly ILogger<ClientErrorMiddleware> logger;

    /// <summary>Creates the middleware.</summary>
    public ClientErrorMiddleware(RequestDelegate next, ILogger<ClientErrorMiddleware> logger)
    {
        this.next = next;
        this.logger = logger;
    }

    /// <summary>Runs the rest of the pipeline and turns a broken request into its status.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException exception)
        {
            logger.LogDebug("{Method} {Path}: the request could not be read ({StatusCode})", LogValues.Text(context.Request.Method), LogValues.Text(context.Request.Path.Value, 200), exception.StatusCode);
            await ErrorReplies.WriteAsync(context, exception.StatusCode, "BadRequest", "The request could not be read.");
        }
    }
}
