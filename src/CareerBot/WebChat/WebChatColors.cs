namespace CareerBot.WebChat;

/// <summary>The page's colours, each <c>#RRGGBB</c>. Start-up refuses a text colour whose contrast with its background
/// is below WCAG AA (4.5:1), so a brand colour cannot make the page unreadable.</summary>
public sealed class WebChatColors
{
    /// <summary>Buttons, suggested actions, links and focus rings, on white.</summary>
    public string Accent { get; set; } = "#1F5C99";

    /// <summary>The header's background.</summary>
    public string Header { get; set; } = "#14304F";

    /// <summary>The header's text, on <see cref="Header"/>.</summary>
    public string HeaderText { get; set; } = "#FFFFFF";

    /// <summary>Around the conversation, on wide screens.</summary>
    public string Page { get; set; } = "#E9EEF4";

    /// <summary>The bot's message bubbles.</summary>
    public string BotBubble { get; set; } = "#EFF3F8";

    /// <summary>The text of the bot's messages, on <see cref="BotBubble"/>.</summary>
    public string BotBubbleText { get; set; } = "#1B1F24";

    /// <summary>The visitor's message bubbles.</summary>
    public string UserBubble { get; set; } = "#1F5C99";

    /// <summary>The text of the visitor's messages, on <see cref="UserBubble"/>.</summary>
    public string UserBubbleText { get; set; } = "#FFFFFF";
}
