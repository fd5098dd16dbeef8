namespace CareerBot.BotFramework.DirectLine;

/// <summary>What a token grants: one conversation, as one user, until it expires.</summary>
/// <param name="ConversationId">The only conversation the token opens.</param>
/// <param name="UserId">The user the token speaks as (<c>dl_…</c>).</param>
/// <param name="Locale">The locale the page asked for, used for the welcome; may be null.</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record DirectLineToken(string ConversationId, string UserId, string? Locale, DateTimeOffset ExpiresAt);
