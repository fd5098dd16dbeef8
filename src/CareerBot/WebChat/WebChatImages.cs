namespace CareerBot.WebChat;

/// <summary>The page's images (SVG, PNG, ICO, JPEG or WebP files), served at fixed addresses under
/// <c>/webchat/images/</c> whatever their file names. The defaults ship in <c>webchat/images/</c> next to the app.</summary>
public sealed class WebChatImages
{
    /// <summary>The bot's avatar beside its messages (square, shown at 36 px).</summary>
    public string Avatar { get; set; } = "webchat/images/avatar.svg";

    /// <summary>The logo in the header (square, shown at 40 px).</summary>
    public string Logo { get; set; } = "webchat/images/logo.svg";

    /// <summary>The browser tab's icon.</summary>
    public string Icon { get; set; } = "webchat/images/icon.svg";

    /// <summary>The icon a phone puts on its home screen (PNG, 180×180).</summary>
    public string TouchIcon { get; set; } = "webchat/images/touch-icon.png";

    /// <summary>The icon at <c>/favicon.ico</c>, for the browsers and tools that ask for it there.</summary>
    public string Favicon { get; set; } = "webchat/images/favicon.ico";
}
