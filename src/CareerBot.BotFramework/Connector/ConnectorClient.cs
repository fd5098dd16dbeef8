using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Telemetry;
using CareerBot.Conversation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Polly.Timeout;
using Activity = CareerBot.BotFramework.Schema.Activity;

namespace CareerBot.BotFramework.Connector;

/// <summary>Posts activities to the Bot Connector REST API with an <see cref="HttpClient"/> from the factory (whose
/// resilience pipeline retries throttling and transient failures), with the bot's bearer token when it has one.</summary>
public sealed class ConnectorClient : IConnectorClient
{
    private readonly HttpClient http;
    private readonly ServiceUrlPolicy policy;
    private readonly IChannelTokenProvider tokens;
    private readonly ConnectorOptions options;
    private readonly ILogger<ConnectorClient> logger;

    private const string Delivered = "delivered";

    /// <summary>Creates the client.</summary>
    public ConnectorClient(HttpClient http, ServiceUrlPolicy policy, IChannelTokenProvider tokens, IOptions<ConnectorOptions> options, ILogger<ConnectorClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.http = http;
        this.policy = policy;
        this.tokens = tokens;
        this.options = options.Value;
        this.logger = logger;
    }

    /// <inheritdoc />
    public async Task<bool> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var span = BotTelemetry.Source.StartActivity("careerbot.connector.send", ActivityKind.Client);
        span?.SetTag(BotTelemetry.Tags.Channel, BotTelemetry.Channel(activity.ChannelId));
        var started = Stopwatch.GetTimestamp();
        var reason = await DeliverAsync(activity, cancellationToken);
        var outcome = new KeyValuePair<string, object?>(BotTelemetry.Tags.Reason, reason);
        BotTelemetry.ConnectorDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, outcome);
        span?.SetTag(BotTelemetry.Tags.Reason, reason);
        if (reason != Delivered)
        {
            BotTelemetry.ConnectorFailures.Add(1, outcome);
            span?.SetStatus(ActivityStatusCode.Error, reason);
        }

        return reason == Delivered;
    }

    /// <summary>Sends the reply; returns "delivered" or why not (a short, fixed reason for metrics).</summary>
    private async Task<string> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            logger.LogWarning("Reply not sent: the activity names no conversation");
            return "no-conversation";
        }

        // The allow-list comes first: nothing, not even a token request, happens for a URL outside it.
        if (policy.Allow(activity.ServiceUrl) is not { } serviceUrl)
        {
            logger.LogWarning("Reply to conversation {Conversation} not sent: service URL {ServiceUrl} is not allowed", Pseudonym.Of(conversationId), activity.ServiceUrl);
            return "service-url-refused";
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity);
        if (body.Length > options.MaxActivityBytes)
        {
            logger.LogWarning("Reply to conversation {Conversation} not sent: {Bytes} bytes is over the channel's limit of {MaxBytes}", Pseudonym.Of(conversationId), body.Length, options.MaxActivityBytes);
            return "too-large";
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

            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return Delivered;
            }

            logger.LogWarning("Reply to conversation {Conversation} failed: {StatusCode} from the connector", Pseudonym.Of(conversationId), (int)response.StatusCode);
            return "refused";
        }
        catch (MsalException exception)
        {
            logger.LogError(exception, "Reply to conversation {Conversation} not sent: no token for the connector ({ErrorCode})", Pseudonym.Of(conversationId), exception.ErrorCode);
            return "no-token";
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning(exception, "Reply to conversation {Conversation} failed: connector unreachable", Pseudonym.Of(conversationId));
            return "unreachable";
        }
        catch (Exception exception) when (exception is TimeoutRejectedException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(exception, "Reply to conversation {Conversation} failed: connector timed out", Pseudonym.Of(conversationId));
            return "timeout";
        }
    }
}
