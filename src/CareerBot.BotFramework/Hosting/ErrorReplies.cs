using CareerBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace CareerBot.BotFramework.Hosting;

/// <summary>The Bot Framework's JSON error written by a middleware that caught an exception from the rest of the
/// pipeline (<see cref="ClientErrorMiddleware"/>, <see cref="StorageOutageMiddleware"/>).</summary>
internal static class ErrorReplies
{
    /// <summary>Replaces whatever the pipeline began with <paramref name="status"/> and the error; when the response
    /// has started already, aborts the connection instead (a second status cannot be sent). A connection that is gone
    /// by then is left alone.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string code, string message, TimeSpan? retryAfter = null)
    {
        if (context.Response.HasStarted)
        {
            context.Abort();
            return;
        }

        context.Response.Clear();
        context.Response.StatusCode = status;
        if (retryAfter is { } wait)
        {
            RetryAfter.Set(context.Response, wait);
        }

        try
        {
            await context.Response.WriteAsJsonAsync(ErrorResponse.Of(code, message), BotJsonContext.Default.ErrorResponse, contentType: null, context.RequestAborted);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The connection is gone already.
        }
    }
}
