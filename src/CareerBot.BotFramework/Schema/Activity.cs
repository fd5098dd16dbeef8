using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema;

/// <summary>A Bot Framework activity, as it travels on the wire (camelCase JSON, nulls omitted).
/// Fields CareerBot does not use are kept in <see cref="Properties"/> so nothing a channel sent is lost.</summary>
public sealed record Activity
{
    /// <summary>message, conversationUpdate, installationUpdate, invoke, event, typing, endOfConversation…</summary>
    public string? Type { get; init; }

    /// <summary>The channel's id of the activity.</summary>
    public string? Id { get; init; }

    /// <summary>When the channel received it (UTC).</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The sender's local time.</summary>
    public DateTimeOffset? LocalTimestamp { get; init; }

    /// <summary>The sender's IANA time zone.</summary>
    public string? LocalTimezone { get; init; }

    /// <summary>Where replies go (the Bot Connector endpoint of the channel).</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>msteams, webchat, directline, emulator, test…</summary>
    public string? ChannelId { get; init; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; init; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The receiver (for an incoming activity: the bot).</summary>
    public ChannelAccount? Recipient { get; init; }

    /// <summary>plain, markdown or xml.</summary>
    public string? TextFormat { get; init; }

    /// <summary>list or carousel.</summary>
    public string? AttachmentLayout { get; init; }

    /// <summary>The text.</summary>
    public string? Text { get; init; }

    /// <summary>acceptingInput, expectingInput or ignoringInput.</summary>
    public string? InputHint { get; init; }

    /// <summary>The BCP-47 locale of the text.</summary>
    public string? Locale { get; init; }

    /// <summary>Quick replies offered to the user.</summary>
    public SuggestedActions? SuggestedActions { get; init; }

    /// <summary>Cards and files.</summary>
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>Mentions, client info, capabilities…</summary>
    public IReadOnlyList<Entity>? Entities { get; init; }

    /// <summary>Channel-specific data (Teams: tenant, team, channel).</summary>
    public JsonElement? ChannelData { get; init; }

    /// <summary>installationUpdate: add, remove, add-upgrade, remove-upgrade.</summary>
    public string? Action { get; init; }

    /// <summary>The activity this one replies to.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>Card submit data or invoke/event payload.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The invoke or event name.</summary>
    public string? Name { get; init; }

    /// <summary>Members who joined (conversationUpdate).</summary>
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>Members who left (conversationUpdate).</summary>
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>normal, notification, expectReplies or ephemeral.</summary>
    public string? DeliveryMode { get; init; }

    /// <summary>Everything else the channel sent, kept as it was.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
