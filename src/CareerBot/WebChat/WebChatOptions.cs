namespace CareerBot.WebChat;

/// <summary>The <c>WebChat</c> settings: how the page at <c>/</c> looks. Its words are in <c>dialogs/*/messages.md</c>
/// (<see cref="WebChatMessageKeys"/>); its name, colours and images are here.</summary>
public sealed class WebChatOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "WebChat";

    /// <summary>The bot's name in the header, the title and what screen readers say.</summary>
    public string BotName { get; set; } = "CareerBot";

    /// <summary>The page's colours.</summary>
    public WebChatColors Colors { get; set; } = new();

    /// <summary>The page's images: files next to the app (relative to its folder) or absolute paths.</summary>
    public WebChatImages Images { get; set; } = new();
}
