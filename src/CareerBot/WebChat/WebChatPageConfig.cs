namespace CareerBot.WebChat;

/// <summary>What the page's script needs, written into the page as JSON (<c>#careerbot-config</c>).</summary>
/// <param name="Language">The page's language code ("en", "fr").</param>
/// <param name="Locale">The locale Web Chat and the bot's welcome use ("fr-FR").</param>
/// <param name="BotName">The bot's name.</param>
/// <param name="Avatar">The address of the bot's avatar.</param>
/// <param name="Colors">The page's colours.</param>
/// <param name="Words">The page's sentences the script shows or gives Web Chat.</param>
internal sealed record WebChatPageConfig(string Language, string Locale, string BotName, string Avatar, WebChatColors Colors, WebChatPageWords Words);
