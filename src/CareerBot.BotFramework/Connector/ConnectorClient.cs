using System.Net.Http.Headers;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Polly.Timeout;

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
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            logger.LogWarning("Reply not sent: the activity names no conversation");
            return false;
        }

        // The allow-list comes first: nothing, not even a token request, happens for a URL outside it.
        if (policy.Allow(activity.ServiceUrl) is not { } serviceUrl)
        {
            logger.LogWarning("Reply to conversation {ConversationId} not sent: service URL {ServiceUrl} is not allowed", conversationId, activity.ServiceUrl);
            return false;
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity);
        if (body.Length > options.MaxActivityBytes)
        {
            logger.LogWarning("Reply to conversation {ConversationId} not sent: {Bytes} bytes is over the channel's limit of {MaxBytes}", conversationId, body.Length, options.MaxActivityBytes);
            return false;
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
                return true;
            }

            logger.LogWarning("Reply to conversation {ConversationId} failed: {StatusCode} from the connector", conversationId, (int)response.StatusCode);
        }
        catch (MsalException exception)
        {
            logger.LogError(exception, "Reply to conversation {ConversationId} not sent: no token for the connector ({ErrorCode})", conversationId, exception.ErrorCode);
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning(exception, "Reply to conversation {ConversationId} failed: connector unreachable", conversationId);
        }
        catch (TimeoutRejectedException exception)
        {
            logger.LogWarning(exception, "Reply to conversation {ConversationId} failed: connector timed out", conversationId);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Reply to conversation {ConversationId} failed: connector timed out", conversationId);
        }

        return false;
    }
}
