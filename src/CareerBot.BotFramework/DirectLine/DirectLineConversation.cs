namespace CareerBot.BotFramework.DirectLine;

/// <summary>A Direct Line conversation: who it belongs to and when it started.</summary>
/// <param name="Id">The conversation id.</param>
/// <param name="UserId">Its user (<c>dl_…</c>).</param>
/// <param name="Locale">The locale of its welcome; may be null.</param>
/// <param name="StartedAt">When it was created.</param>
public sealed record DirectLineConversation(string Id, string UserId, string? Locale, DateTimeOffset StartedAt);
