namespace CareerBot.BotFramework.Connector;

/// <summary>Builds Bot Connector URLs, keeping any path prefix of the service URL and escaping ids.</summary>
public static class ConnectorUrls
{
    /// <summary><c>{serviceUrl}/v3/conversations/{conversationId}/activities[/{replyToId}]</c>.</summary>
    public static Uri Activities(Uri serviceUrl, string conversationId, string? replyToId)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        var root = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl : new Uri(serviceUrl.AbsoluteUri + "/");
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        return new Uri(root, path);
    }
}
