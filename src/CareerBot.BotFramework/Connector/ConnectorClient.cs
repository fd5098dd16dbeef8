using System.Net.Http.Json;
using CareerBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace CareerBot.BotFramework.Connector;

/// <summary>Posts activities to the Bot Connector REST API with an <see cref="HttpClient"/> from the factory.</summary>
public sealed class ConnectorClient : IConnectorClient
{
    private readonly HttpClient http;
    private readonly ServiceUrlPolicy policy;
    private readonly ILogger<ConnectorClient> logger;

    /// <summary>Creates the client.</summary>
    public ConnectorClient(HttpClient http, ServiceUrlPolicy policy, ILogger<ConnectorClient> logger)
    {
        this.http = http;
        this.policy = policy;
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

        if (policy.Allow(activity.ServiceUrl) is not { } serviceUrl)
        {
            logger.LogWarning("Reply to conversation {ConversationId} not sent: service URL {ServiceUrl} is not allowed", conversationId, activity.ServiceUrl);
            return false;
        }

        var url = ConnectorUrls.Activities(serviceUrl, conversationId, activity.ReplyToId);
        try
        {
            using var response = await http.PostAsJsonAsync(url, activity, BotJsonContext.Default.Activity, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            logger.LogWarning("Reply to conversation {ConversationId} failed: {StatusCode} from the connector", conversationId, (int)response.StatusCode);
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning(exception, "Reply to conversation {ConversationId} failed: connector unreachable", conversationId);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Reply to conversation {ConversationId} failed: connector timed out", conversationId);
        }

        return false;
    }
}
