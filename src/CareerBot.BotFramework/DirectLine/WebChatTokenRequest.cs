namespace CareerBot.BotFramework.DirectLine;

/// <summary>The optional body of <c>/api/webchat/token</c>.</summary>
/// <param name="Locale">The browser's language, used for the welcome.</param>
public sealed record WebChatTokenRequest(string? Locale = null);
