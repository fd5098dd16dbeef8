using System.Text.Json;
using CareerBot.BotFramework.Adapter;
using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Telemetry;
using CareerBot.Conversation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Hosting;

/// <summary>Maps <c>POST /api/messages</c>, the Bot Framework messaging endpoint, with the SDK's status codes.</summary>
public static class BotEndpoints
{
    /// <summary>The messaging endpoint's path.</summary>
    public const string MessagesPath = "/api/messages";

    /// <summary>Maps the messaging endpoint.</summary>
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesPath, HandleAsync).DisableAntiforgery();
        endpoints.MapMethods(MessagesPath, [HttpMethods.Get, HttpMethods.Head, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch], (HttpContext context) =>
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            return Error(StatusCodes.Status405MethodNotAllowed, "MethodNotAllowed", "Send activities with POST.");
        });
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, BotAdapter adapter, IOptions<ConnectorOptions> options)
    {
        var request = context.Request;
        if (!request.HasJsonContentType())
        {
            return Error(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "Send the activity as application/json.");
        }

        var maxBytes = options.Value.MaxBodyBytes;
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        using var body = await RequestBody.ReadAsync(request, maxBytes, context.RequestAborted);
        if (body is null)
        {
            return TooLarge(maxBytes);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body.Span, BotJsonContext.Default.Activity);
        }
        catch (JsonException exception)
        {
            // The parser's own message names .NET types and reflects the input: only where it stopped is told.
            return Error(StatusCodes.Status400BadRequest, "BadRequest", JsonProblem.Describe("an activity", exception));
        }

        if (ActivityValidation.Problem(activity) is { } problem)
        {
            return Error(StatusCodes.Status400BadRequest, "BadRequest", problem);
        }

        var authentication = await context.RequestServices.GetRequiredService<BotAuthenticator>()
            .AuthenticateAsync(request.Headers.Authorization, activity!, context.RequestAborted);
        if (!authentication.Succeeded)
        {
            return Error(StatusCodes.Status401Unauthorized, "Unauthorized", authentication.FailureReason!);
        }

        if (!context.RequestServices.GetRequiredService<MessagesRateLimiter>().TryAcquire(activity!, out var retryAfter))
        {
            RetryAfter.Set(context.Response, retryAfter);
            return Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many activities in this conversation; slow down.");
        }

        if (activity!.Type == ActivityTypes.Invoke)
        {
            var invoke = await adapter.ProcessInvokeAsync(activity, context.RequestAborted);
            return invoke switch
            {
                { Body: { } invokeBody } => Results.Json(invokeBody, BotJsonContext.Default.InvokeResponseBody, statusCode: invoke.Status),
                { Status: StatusCodes.Status501NotImplemented } => Error(invoke.Status, "NotImplemented", $"The invoke '{activity.Name}' is not handled by this bot."),
                _ => Results.StatusCode(invoke.Status),
            };
        }

        if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            var collected = new CollectingReplySink();
            await adapter.ProcessAsync(activity, collected, context.RequestAborted);
            return Results.Json(new ExpectedReplies(collected.Activities), BotJsonContext.Default.ExpectedReplies);
        }

        // Normal delivery: the replies go to the outbox, committed with the turn's state, and the channel's request is
        // answered once they are durable; the deliverer posts them to the service URL, checked now, once.
        if (context.RequestServices.GetRequiredService<ServiceUrlPolicy>().Allow(activity.ServiceUrl, authentication.ServiceUrl) is not { } serviceUrl)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotEndpoints)).LogWarning(
                "Refused a {ActivityType} activity of conversation {Conversation}: its service URL {ServiceUrl} is not one CareerBot may send replies to",
                BotTelemetry.ActivityType(activity.Type), Pseudonym.Of(activity.Conversation?.Id), ServiceUrlPolicy.ForLog(activity.ServiceUrl));
            return Error(StatusCodes.Status400BadRequest, "BadRequest", "The activity's serviceUrl is not one this bot may send replies to.");
        }

        await adapter.ProcessAsync(activity with { ServiceUrl = serviceUrl.AbsoluteUri }, context.RequestServices.GetRequiredService<ConnectorOutbox>(), context.RequestAborted);
        return Results.Ok();
    }

    private static IResult TooLarge(int maxBytes) =>
        Error(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The activity is larger than {maxBytes} bytes.");

    private static IResult Error(int status, string code, string message) =>
        Results.Json(ErrorResponse.Of(code, message), BotJsonContext.Default.ErrorResponse, statusCode: status);
}
