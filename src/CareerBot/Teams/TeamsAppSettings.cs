namespace CareerBot.Teams;

/// <summary>What the Teams app package needs besides content: the bot's Microsoft App ID (also the app's id), the
/// app's version and its publisher. Read from the <c>TeamsApp</c> section of <c>appsettings.json</c> and
/// <c>MicrosoftAppId</c>, overridden by the command's options.</summary>
/// <param name="AppId">The bot's Microsoft App ID (a GUID): <c>bots[0].botId</c> and the app's <c>id</c>.</param>
/// <param name="Version">The app's version (x.y.z); raise it for each new package of the same app.</param>
/// <param name="DeveloperName">The publisher's name (≤ 32 characters).</param>
/// <param name="WebsiteUrl">The publisher's support page (https).</param>
/// <param name="PrivacyUrl">The privacy statement (https).</param>
/// <param name="TermsOfUseUrl">The terms of use (https).</param>
/// <param name="AccentColor">The manifest's accent colour, <c>#rrggbb</c>: Teams shows it around the app's icons (the colour icon's own background is in the image file).</param>
public sealed record TeamsAppSettings(
    string AppId,
    string Version,
    string DeveloperName,
    string WebsiteUrl,
    string PrivacyUrl,
    string TermsOfUseUrl,
    string AccentColor);
