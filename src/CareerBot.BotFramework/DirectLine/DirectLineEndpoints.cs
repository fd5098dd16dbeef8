using System.Globalization;
using System.Text.Json;
using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>Maps Direct Line 3.0 at <c>/v3/directline</c>: tokens, conversations, activities and the WebSocket stream.</summary>
public static class DirectLineEndpoints
{
    /// <summary>The base path.</summary>
    public const string BasePath = "/v3/directline";

    /// <summary>The rate-limit policy of the requests that start a conversation (a <c>conversations</c> call here, a
    /// Web Chat token on the host's page): <see cref="DirectLineOptions.MaxConversationStartsPerClient"/> per client.</summary>
    public const string ConversationStartPolicy = "conversation-start";

    /// <summary>Maps every Direct Line endpoint.</summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var cors = endpoints.ServiceProvider.GetRequiredService<DirectLineCors>();
        var group = endpoints.MapGroup(BasePath).DisableAntiforgery();
        group.AddEndpointFilter(cors.FilterAsync);
        group.MapMethods("{**path}", [HttpMethods.Options], cors.Preflight);
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", Refresh);
        group.MapPost("/conversations", StartAsync).RequireRateLimiting(ConversationStartPolicy);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);

        var stream = endpoints.CreateApplicationBuilder();
        stream.UseWebSockets();
        stream.Run(context => context.RequestServices.GetRequiredService<DirectLineStream>().HandleAsync(context));
        endpoints.Map(BasePath + "/conversations/{conversationId}/stream", stream.Build());
        return endpoints;
    }

    private static async Task<IResult> GenerateAsync(HttpContext context, DirectLineAuthorization authorization, DirectLineTokens tokens, IOptions<DirectLineOptions> options)
    {
        if (authorization.Authorize(context.Request, out var error) is not { } caller)
        {
            return error!;
        }

        if (!caller.IsSecret)
        {
            return DirectLineErrors.Forbidden("BadArgument", "tokens/generate needs the Direct Line secret; refresh a token with tokens/refresh.");
        }

        var (request, problem) = await ReadAsync(context, BotJsonContext.Default.ConversationRequest, options.Value.MaxActivityBytes, optional: true);
        if (problem is not null)
        {
            return problem;
        }

        if (UserIdProblem(request?.User?.Id) is { } bad)
        {
            return bad;
        }

        var conversationId = DirectLineTokens.NewConversationId();
        var userId = request?.User?.Id ?? DirectLineTokens.NewUserId();
        return Results.Json(
            new ConversationResponse(conversationId, tokens.Issue(conversationId, userId, request?.Locale), tokens.LifetimeSeconds),
            BotJsonContext.Default.ConversationResponse);
    }

    private static IResult Refresh(HttpContext context, DirectLineAuthorization authorization, DirectLineTokens tokens)
    {
        if (authorization.Authorize(context.Request, out var error) is not { } caller)
        {
            return error!;
        }

        if (caller.Token is not { } token)
        {
            return DirectLineErrors.Forbidden("BadArgument", "Only a token can be refreshed.");
        }

        return Results.Json(
            new ConversationResponse(token.ConversationId, tokens.Issue(token.ConversationId, token.UserId, token.Locale), tokens.LifetimeSeconds),
            BotJsonContext.Default.ConversationResponse);
    }

    private static async Task<IResult> StartAsync(
        HttpContext context, DirectLineAuthorization authorization, DirectLineTokens tokens, DirectLineChannel channel,
        IDirectLineConversationStore store, IHostApplicationLifetime lifetime, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        if (authorization.Authorize(context.Request, out var error) is not { } caller)
        {
            return error!;
        }

        var (request, problem) = await ReadAsync(context, BotJsonContext.Default.ConversationRequest, options.Value.MaxActivityBytes, optional: true);
        if (problem is not null)
        {
            return problem;
        }

        DirectLineConversation conversation;
        if (caller.Token is { } token)
        {
            // The token decides: the user id in the body (Web Chat sends one) cannot change who the token speaks as.
            conversation = await store.FindAsync(token.ConversationId, context.RequestAborted)
                ?? new DirectLineConversation(token.ConversationId, token.UserId, request?.Locale ?? token.Locale, time.GetUtcNow());
        }
        else
        {
            if (UserIdProblem(request?.User?.Id) is { } bad)
            {
                return bad;
            }

            conversation = new DirectLineConversation(DirectLineTokens.NewConversationId(), request?.User?.Id ?? DirectLineTokens.NewUserId(), request?.Locale, time.GetUtcNow());
        }

        if (ServiceUrl(context.Request) is not { } serviceUrl)
        {
            return RequestUrls.BadHost();
        }

        bool created;
        try
        {
            created = await channel.StartAsync(conversation, serviceUrl, lifetime.ApplicationStopping);
        }
        catch (ConversationLimitException exception)
        {
            return DirectLineErrors.Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", exception.Message);
        }

        return Results.Json(
            Describe(context.Request, serviceUrl, tokens, conversation, watermark: null),
            BotJsonContext.Default.ConversationResponse,
            statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconnectAsync(string conversationId, HttpContext context, DirectLineAuthorization authorization, DirectLineTokens tokens, IDirectLineConversationStore store)
    {
        var (conversation, error) = await AuthorizeConversationAsync(conversationId, context, authorization, store);
        if (conversation is null)
        {
            return error!;
        }

        return ServiceUrl(context.Request) is { } own
            ? Results.Json(Describe(context.Request, own, tokens, conversation, Watermark(context.Request)), BotJsonContext.Default.ConversationResponse)
            : RequestUrls.BadHost();
    }

    private static async Task<IResult> GetActivitiesAsync(string conversationId, HttpContext context, DirectLineAuthorization authorization, IDirectLineConversationStore store)
    {
        var (conversation, error) = await AuthorizeConversationAsync(conversationId, context, authorization, store);
        if (conversation is null)
        {
            return error!;
        }

        var set = await store.ReadAsync(conversation.Id, Watermark(context.Request), context.RequestAborted);
        return set is null
            ? DirectLineErrors.UnknownConversation()
            : Results.Json(set, BotJsonContext.Default.ActivitySet);
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpContext context, DirectLineAuthorization authorization, IDirectLineConversationStore store,
        DirectLineChannel channel, DirectLineRateLimiter limiter, IHostApplicationLifetime lifetime, IOptions<DirectLineOptions> options,
        ILoggerFactory loggers)
    {
        var (conversation, error) = await AuthorizeConversationAsync(conversationId, context, authorization, store);
        if (conversation is null)
        {
            return error!;
        }

        if (!limiter.TryAcquire(conversation.Id, out var retryAfter))
        {
            RetryAfter.Set(context.Response, retryAfter);
            return DirectLineErrors.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many activities; slow down.");
        }

        var (activity, problem) = await ReadAsync(context, BotJsonContext.Default.Activity, options.Value.MaxActivityBytes, optional: false);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(activity?.Type))
        {
            return DirectLineErrors.BadArgument("The activity has no 'type'.");
        }

        if (ActivityValidation.LengthProblem(activity) is { } tooLong)
        {
            return DirectLineErrors.BadArgument(tooLong);
        }

        if (ServiceUrl(context.Request) is not { } serviceUrl)
        {
            return RequestUrls.BadHost();
        }

        try
        {
            if (activity.Type == ActivityTypes.Invoke)
            {
                var invoke = await channel.InvokeAsync(conversation, activity, serviceUrl, CancellationToken.None);
                return invoke.Status switch
                {
                    StatusCodes.Status200OK => Results.Json(new ResourceResponse(Guid.NewGuid().ToString("N")), BotJsonContext.Default.ResourceResponse),
                    StatusCodes.Status501NotImplemented => DirectLineErrors.Error(invoke.Status, "NotImplemented", $"The invoke '{activity.Name}' is not handled by this bot."),
                    _ => DirectLineErrors.Error(invoke.Status, "BadArgument", InvokeProblem(invoke) ?? "The bot refused the invoke."),
                };
            }

            // The turn runs to its end even if the client goes away (its replies are kept for the next poll) or the app
            // is stopping (shutdown waits for requests in flight, bounded by the host's shutdown timeout).
            var kept = await channel.PostAsync(conversation, activity, serviceUrl, CancellationToken.None);
            return kept is null
                ? DirectLineErrors.UnknownConversation()
                : Results.Json(new ResourceResponse(kept.Id), BotJsonContext.Default.ResourceResponse);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not StorageUnavailableException)
        {
            loggers.CreateLogger(typeof(DirectLineEndpoints)).LogError(exception, "The bot failed in Direct Line conversation {Conversation}", Pseudonym.Of(conversation.Id));
            return DirectLineErrors.Error(StatusCodes.Status502BadGateway, "BotError", "The bot failed to handle the activity.");
        }
    }

    // The message of an invoke's error body ({type:"application/vnd.microsoft.error", value:{code, message}}).
    private static string? InvokeProblem(Adapter.InvokeResponse invoke) =>
        invoke.Body is { Value: { ValueKind: JsonValueKind.Object } value }
        && value.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
            ? message.GetString()
            : null;

    private static async Task<(DirectLineConversation? Conversation, IResult? Error)> AuthorizeConversationAsync(
        string conversationId, HttpContext context, DirectLineAuthorization authorization, IDirectLineConversationStore store)
    {
        if (authorization.Authorize(context.Request, out var error) is not { } caller)
        {
            return (null, error);
        }

        if (!caller.MayUse(conversationId))
        {
            return (null, DirectLineErrors.Forbidden("BadArgument", "The token is for another conversation."));
        }

        var conversation = await store.FindAsync(conversationId, context.RequestAborted);
        return conversation is null ? (null, DirectLineErrors.UnknownConversation()) : (conversation, null);
    }

    private static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext context, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, int maxBytes, bool optional)
        where T : class
    {
        var request = context.Request;
        if (optional && request.ContentLength is null or 0 && !request.Headers.TransferEncoding.Any(v => v?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true))
        {
            return (null, null);
        }

        using var body = request.ContentLength > maxBytes ? null : await RequestBody.ReadAsync(request, maxBytes, context.RequestAborted);
        if (body is null)
        {
            return (null, DirectLineErrors.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The body is larger than {maxBytes} bytes."));
        }

        if (body.Length == 0)
        {
            return optional ? (null, null) : (null, DirectLineErrors.BadArgument("The body is empty; send an activity."));
        }

        try
        {
            var value = JsonSerializer.Deserialize(body.Span, type);
            return value is null && !optional ? (null, DirectLineErrors.BadArgument("The body must be a JSON object.")) : (value, null);
        }
        catch (JsonException exception)
        {
            return (null, DirectLineErrors.BadArgument(JsonProblem.Describe("this request", exception)));
        }
    }

    private static IResult? UserIdProblem(string? userId) =>
        userId is null || (userId.StartsWith("dl_", StringComparison.Ordinal) && userId.Length is > 3 and <= 128)
            ? null
            : DirectLineErrors.BadArgument("The user id must start with 'dl_' and be at most 128 characters long.");

    private static ConversationResponse Describe(HttpRequest request, Uri own, DirectLineTokens tokens, DirectLineConversation conversation, long? watermark)
    {
        var token = tokens.Issue(conversation.Id, conversation.UserId, conversation.Locale);
        var scheme = request.IsHttps ? "wss" : "ws";
        var streamUrl = $"{scheme}://{own.Authority}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversation.Id)}/stream?"
            + (watermark is { } mark ? $"watermark={mark.ToString(CultureInfo.InvariantCulture)}&" : string.Empty)
            + "t=" + Uri.EscapeDataString(token);
        return new ConversationResponse(conversation.Id, token, tokens.LifetimeSeconds, streamUrl);
    }

    private static long? Watermark(HttpRequest request) =>
        long.TryParse(request.Query["watermark"], NumberStyles.None, CultureInfo.InvariantCulture, out var watermark) ? watermark : null;

    private static Uri? ServiceUrl(HttpRequest request) => RequestUrls.Own(request, "/");
}
