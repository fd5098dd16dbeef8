using System.Globalization;
using Microsoft.Extensions.Options;

namespace CareerBot.WebChat;

/// <summary>Checks the <c>WebChat</c> settings at start-up: a name, <c>#RRGGBB</c> colours whose text and background
/// contrast at least 4.5:1, and image files that exist with a type the page can serve. A problem stops CareerBot with a
/// message naming the setting.</summary>
public sealed class WebChatOptionsValidator : IValidateOptions<WebChatOptions>
{
    private readonly IHostEnvironment environment;

    /// <summary>Creates the validator; image paths are relative to the app's folder.</summary>
    public WebChatOptionsValidator(IHostEnvironment environment)
    {
        this.environment = environment;
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WebChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> problems = [];
        if (string.IsNullOrWhiteSpace(options.BotName) || options.BotName.Length > 30 || options.BotName.IndexOfAny(['<', '>', '&', '"', '\n']) >= 0)
        {
            problems.Add($"WebChat:BotName '{options.BotName}' must have 1 to 30 characters, none of < > & \" or a line break.");
        }

        var colors = options.Colors;
        var named = new (string Name, string Value)[]
        {
            (nameof(colors.Accent), colors.Accent), (nameof(colors.Header), colors.Header), (nameof(colors.HeaderText), colors.HeaderText),
            (nameof(colors.Page), colors.Page), (nameof(colors.BotBubble), colors.BotBubble), (nameof(colors.BotBubbleText), colors.BotBubbleText),
            (nameof(colors.UserBubble), colors.UserBubble), (nameof(colors.UserBubbleText), colors.UserBubbleText),
        };
        var malformed = named.Where(c => !ColorContrast.IsHexColor(c.Value)).ToList();
        problems.AddRange(malformed.Select(c => $"WebChat:Colors:{c.Name} '{c.Value}' is not a colour such as #1F5C99."));
        if (malformed.Count == 0)
        {
            Contrast(problems, nameof(colors.Accent), colors.Accent, "white", "#FFFFFF");
            Contrast(problems, nameof(colors.Accent), colors.Accent, nameof(colors.BotBubble), colors.BotBubble);
            Contrast(problems, nameof(colors.HeaderText), colors.HeaderText, nameof(colors.Header), colors.Header);
            Contrast(problems, nameof(colors.BotBubbleText), colors.BotBubbleText, nameof(colors.BotBubble), colors.BotBubble);
            Contrast(problems, nameof(colors.UserBubbleText), colors.UserBubbleText, nameof(colors.UserBubble), colors.UserBubble);
        }

        var images = options.Images;
        foreach (var (setting, path) in new[]
        {
            (nameof(images.Avatar), images.Avatar), (nameof(images.Logo), images.Logo), (nameof(images.Icon), images.Icon),
            (nameof(images.TouchIcon), images.TouchIcon), (nameof(images.Favicon), images.Favicon),
        })
        {
            if (WebChatAsset.ContentTypeOf(path) is null)
            {
                problems.Add($"WebChat:Images:{setting} '{path}' is not an image the page can serve: use an .svg, .png, .ico, .jpg or .webp file.");
            }
            else if (!File.Exists(Path.GetFullPath(path, environment.ContentRootPath)))
            {
                problems.Add($"WebChat:Images:{setting}: the file '{Path.GetFullPath(path, environment.ContentRootPath)}' does not exist.");
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Contrast(List<string> problems, string textName, string text, string backgroundName, string background)
    {
        var ratio = ColorContrast.Ratio(text, background);
        if (ratio < ColorContrast.TextMinimum)
        {
            problems.Add($"WebChat:Colors:{textName} {text} on {backgroundName} {background} has a contrast of {ratio.ToString("0.0", CultureInfo.InvariantCulture)}:1; WCAG AA asks for {ColorContrast.TextMinimum.ToString(CultureInfo.InvariantCulture)}:1 at least.");
        }
    }
}
