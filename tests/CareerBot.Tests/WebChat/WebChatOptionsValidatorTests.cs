using CareerBot.WebChat;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Tests.WebChat;

/// <summary>The <c>WebChat</c> settings are checked at start-up: a wrong colour, a colour pair that is hard to read or a
/// missing image stops CareerBot with a message naming the setting.</summary>
public sealed class WebChatOptionsValidatorTests
{
    private readonly WebChatOptionsValidator validator = new(new AppFolder());

    [Fact]
    public void The_shipped_settings_are_valid()
    {
        Assert.True(validator.Validate(null, new WebChatOptions()).Succeeded);
    }

    [Fact]
    public void A_colour_that_is_not_hash_rrggbb_is_refused()
    {
        var options = new WebChatOptions();
        options.Colors.Accent = "blue; background: url(x)";

        var result = validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("WebChat:Colors:Accent 'blue; background: url(x)' is not a colour such as #1F5C99.", result.Failures);
    }

    [Theory]
    [InlineData("HeaderText", "#5A7088")]
    [InlineData("Accent", "#8AB4E0")]
    [InlineData("BotBubbleText", "#9AA5B1")]
    [InlineData("UserBubbleText", "#3A6FA8")]
    public void Text_that_contrasts_less_than_4_5_to_1_with_its_background_is_refused(string setting, string color)
    {
        var options = new WebChatOptions();
        typeof(WebChatColors).GetProperty(setting)!.SetValue(options.Colors, color);

        var result = validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures, f => f.StartsWith($"WebChat:Colors:{setting} {color} on ", StringComparison.Ordinal) && f.Contains("WCAG AA asks for 4.5:1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_image_or_one_the_page_cannot_serve_is_refused()
    {
        var options = new WebChatOptions();
        options.Images.Avatar = "webchat/images/nobody.png";
        options.Images.Logo = "appsettings.json";

        var failures = validator.Validate(null, options).Failures!.ToList();

        Assert.Contains(failures, f => f.StartsWith("WebChat:Images:Avatar: the file ", StringComparison.Ordinal) && f.EndsWith("nobody.png' does not exist.", StringComparison.Ordinal));
        Assert.Contains("WebChat:Images:Logo 'appsettings.json' is not an image the page can serve: use an .svg, .png, .ico, .jpg or .webp file.", failures);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Career<Bot>")]
    [InlineData("A name far too long for a chat header")]
    public void A_bot_name_that_is_empty_long_or_markup_is_refused(string name)
    {
        var result = validator.Validate(null, new WebChatOptions { BotName = name });

        Assert.True(result.Failed);
    }

    // The app's folder: the tests' output, where the build copies webchat/.
    private sealed class AppFolder : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "CareerBot";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
