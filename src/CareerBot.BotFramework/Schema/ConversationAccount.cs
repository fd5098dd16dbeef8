namespace CareerBot.BotFramework.Schema;

/// <summary>A conversation on a channel.</summary>
/// <param name="Id">The channel's id of the conversation.</param>
/// <param name="Name">Its display name.</param>
/// <param name="IsGroup">True for group chats and channels.</param>
/// <param name="ConversationType">personal, groupChat or channel (Teams).</param>
/// <param name="TenantId">The Entra tenant (Teams).</param>
public sealed record ConversationAccount(
    string? Id = null,
    string? Name = null,
    bool? IsGroup = null,
    string? ConversationType = null,
    string? TenantId = null);
