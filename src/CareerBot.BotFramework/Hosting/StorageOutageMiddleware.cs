using CareerBot.BotFramework.Telemetry;
using CareerBot.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CareerBot.BotFramework.Hosting;

/// <summary>Answers 503 Service Unavailable, with <c>Retry-After</c> and the Bot Framework's JSON error, to any request
/// whose handling met an unreachable conversation store: channels (Azure Bot Service, Direct Line clients) retry such
/// requests, and nothing of the turn was saved.</summary>
public sealed class StorageOutageMiddleware
{
    private readonly RequestDelegate next;
    private readonly ILogger<StorageOutageMiddleware> logger;

    /// <summary>Creates the middleware.</summary>
    public StorageOutageMiddleware(RequestDelegate next, ILogger<StorageOutageMiddleware> logger)
    {
        this.next = next;
        this.logger = logger;
    }

    /// <summary>Runs the rest of the pipeline and turns a storage outage into a 503.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (StorageUnavailableException exception)
        {
            logger.LogWarning(exception, "{Method} {Path} met an unavailable conversation store: 503", LogValues.Text(context.Request.Method), LogValues.Text(context.Request.Path.Value, 200));
            await ErrorReplies.WriteAsync(
                context,
                StatusCodes.Status503ServiceUnavailable,
                "ServiceUnavailable",
                "The conversation store is unavailable; send the activity again later.",
                StorageUnavailableException.RetryAfter);
        }
    }
}
