namespace CareerBot.WebChat;

/// <summary>The optional body of <c>POST /api/webchat/token</c>.</summary>
/// <param name="Locale">The page's locale, for the bot's welcome.</param>
/// <param name="Restart">True for a new conversation even when the visitor has one to resume.</param>
public sealed record WebChatSessionRequest(string? Locale = null, bool Restart = false);
