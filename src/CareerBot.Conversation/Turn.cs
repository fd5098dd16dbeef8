namespace CareerBot.Conversation;

/// <summary>What a channel hands the conversation: one incoming event, already stripped of protocol detail.</summary>
/// <param name="ConversationId">The channel's conversation id (opaque).</param>
/// <param name="UserId">The user the turn comes from (for <see cref="TurnKind.MemberAdded"/>, the member added).</param>
/// <param name="Kind">What happened.</param>
/// <param name="Text">The user's text with channel markup (mentions) removed; null when there is none.</param>
/// <param name="Locale">The BCP-47 locale the channel reported, when it did.</param>
/// <param name="Data">Values submitted from a card (button data and inputs), when there are any.</param>
/// <param name="Name">For a <see cref="TurnKind.CardAction"/>: the button's verb.</param>
/// <param name="Group">True in a conversation of several people (a group chat, a team's channel), where the bot hears
/// only what mentions it: the welcome then says how to mention it.</param>
public sealed record Turn(
    string ConversationId,
    string UserId,
    TurnKind Kind,
    string? Text = null,
    string? Locale = null,
    IReadOnlyDictionary<string, string>? Data = null,
    string? Name = null,
    bool Group = false);
