using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Telemetry;
using CareerBot.Conversation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Activity = CareerBot.BotFramework.Schema.Activity;

namespace CareerBot.BotFramework.Connector;

/// <summary>Posts activities to the Bot Connector REST API, one attempt per call, with an <see cref="HttpClient"/> from
/// the factory (its timeout is <c>Connector:AttemptTimeout</c>) and the bot's bearer token when it has one. Each attempt
/// is timed in <c>careerbot.connector.duration</c>, tagged with its reason; whether to try again is the caller's.</summary>
public sealed class ConnectorClient : IConnectorClient
{
    private readonly IHttpClientFactory httpClients;
    private readonly IChannelTokenProvider tokens;
    private readonly ConnectorOptions options;
    private readonly ILogger<ConnectorClient> logger;

    /// <summary>Creates the client.</summary>
    public ConnectorClient(IHttpClientFactory httpClients, IChannelTokenProvider tokens, IOptions<ConnectorOptions> options, ILogger<ConnectorClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.httpClients = httpClients;
        this.tokens = tokens;
        this.options = options.Value;
        this.logger = logger;
    }

    /// <inheritdoc />
    public async Task<ConnectorAttempt> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var span = BotTelemetry.Source.StartActivity("careerbot.connector.send", ActivityKind.Client);
        span?.SetTag(BotTelemetry.Tags.Channel, BotTelemetry.Channel(activity.ChannelId));
        var started = Stopwatch.GetTimestamp();
        var attempt = await AttemptAsync(activity, cancellationToken);
        BotTelemetry.ConnectorDuration.Record(
            Stopwatch.GetElapsedTime(started).TotalSeconds,
            new KeyValuePair<string, object?>(BotTelemetry.Tags.Reason, attempt.Reason));
        span?.SetTag(BotTelemetry.Tags.Reason, attempt.Reason);
        if (attempt.Outcome != ConnectorOutcome.Delivered)
        {
            span?.SetStatus(ActivityStatusCode.Error, attempt.Reason);
            logger.LogDebug(
                "Sending a {ActivityType} to conversation {Conversation} failed: {Reason} ({StatusCode})",
                BotTelemetry.ActivityType(activity.Type), Pseudonym.Of(activity.Conversation?.Id), attempt.Reason, attempt.StatusCode);
        }

        return attempt;
    }

    private async Task<ConnectorAttempt> AttemptAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            return ConnectorAttempt.GiveUp(ConnectorReasons.NoConversation);
        }

        // Allowed when the turn came in (ServiceUrlPolicy); checked here again for its form only.
        if (ServiceUrlPolicy.Parse(activity.ServiceUrl) is not { } serviceUrl)
        {
            return ConnectorAttempt.GiveUp(ConnectorReasons.ServiceUrlRefused);
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity);
        if (body.Length > options.MaxActivityBytes)
        {
            return ConnectorAttempt.GiveUp(ConnectorReasons.TooLarge);
        }

        var url = ConnectorUrls.Activities(serviceUrl, conversationId, activity.ReplyToId);
        try
        {
            var token = await tokens.GetTokenAsync(cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await httpClients.CreateClient(ConnectorServiceCollectionExtensions.ConnectorHttpClient).SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode
                ? ConnectorAttempt.DeliveredAs(await DeliveredIdAsync(response, cancellationToken))
                : Classify(response);
        }
        catch (MsalException exception)
        {
            logger.LogWarning("No token for the connector ({ErrorCode}); the reply to conversation {Conversation} will be tried again", exception.ErrorCode, Pseudonym.Of(conversationId));
            return ConnectorAttempt.Retry(ConnectorReasons.NoToken);
        }
        catch (HttpRequestException)
        {
            // Refused, reset, closed, or the response ended early: the connector may or may not have the activity.
            return ConnectorAttempt.Retry(ConnectorReasons.Unreachable);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout: Connector:AttemptTimeout elapsed.
            return ConnectorAttempt.Retry(ConnectorReasons.Timeout);
        }
    }

    // The id the connector gave the activity ({"id":"…"}; the body may be empty, on 202): read from at most a few
    // kilobytes, and never a reason to call a delivered reply failed.
    private static async Task<string?> DeliveredIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        const int maxBytes = 4096;
        if (response.Content.Headers.ContentLength is 0 or > maxBytes)
        {
            return null;
        }

        try
        {
            var buffer = new byte[maxBytes + 1];
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var read = 0;
            int count;
            while (read < buffer.Length && (count = await body.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
            {
                read += count;
            }

            return read is 0 or > maxBytes
                ? null
                : JsonSerializer.Deserialize(buffer.AsSpan(0, read), BotJsonContext.Default.ResourceResponse)?.Id is { Length: > 0 and <= 1024 } id ? id : null;
        }
        catch (Exception exception) when (exception is JsonException or HttpRequestException or IOException or OperationCanceledException)
        {
            return null;
        }
    }

    private static ConnectorAttempt Classify(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;

        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed => ConnectorAttempt.Retry(ConnectorReasons.Throttled, RetryAfter(response), status),
            HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => ConnectorAttempt.Retry(ConnectorReasons.Unavailable, RetryAfter(response), status),
            HttpStatusCode.InternalServerError or HttpStatusCode.RequestTimeout => ConnectorAttempt.Retry(ConnectorReasons.ServerError, RetryAfter(response), status),
            _ => ConnectorAttempt.GiveUp(ConnectorReasons.Refused, status),
        };
    }

    // Retry-After in seconds or as an HTTP date.
    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
