namespace CareerBot.BotFramework.Schema;

/// <summary>How the sender wants replies delivered.</summary>
public static class DeliveryModes
{
    /// <summary>Replies go back in the HTTP response, not to the connector.</summary>
    public const string ExpectReplies = "expectReplies";
}
