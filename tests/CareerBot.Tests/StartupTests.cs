namespace CareerBot.Tests;

/// <summary>Broken content stops CareerBot at start-up with a message naming the file and line.</summary>
public sealed class StartupTests : IClassFixture<CareerBotFactory>
{
    private readonly CareerBotFactory factory;

    public StartupTests(CareerBotFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public void A_salary_band_whose_minimum_exceeds_its_maximum_stops_start_up_naming_file_and_line()
    {
        var broken = CopyOfContent();
        try
        {
            var role = Path.Combine(broken, "en", "backend-developer.md");
            File.WriteAllText(role, File.ReadAllText(role).Replace("|                   59,000 |                   73,000 |", "|                   79,000 |                   73,000 |", StringComparison.Ordinal));
            using var app = factory.WithWebHostBuilder(b => b.UseSetting("Content:Path", broken));

            var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());

            Assert.Contains("CareerBot cannot start", error.Message, StringComparison.Ordinal);
            Assert.Matches(@"en/backend-developer\.md:\d+: .*minimum", error.Message);
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }

    [Fact]
    public void A_missing_message_key_stops_start_up_naming_the_file()
    {
        var broken = CopyOfContent();
        try
        {
            var messages = Path.Combine(broken, "fr", "messages.md");
            File.WriteAllText(messages, File.ReadAllText(messages).Replace("## salary.ask-years\n", "## salary.ask-yeas\n", StringComparison.Ordinal));
            using var app = factory.WithWebHostBuilder(b => b.UseSetting("Content:Path", broken));

            var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());

            Assert.Contains("fr/messages.md:", error.Message, StringComparison.Ordinal);
            Assert.Contains("salary.ask-years", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }

    [Theory]
    [InlineData("ToChannelFromBotLoginUrl", "http://login.example.com/")]
    [InlineData("Connector:AttemptTimeout", "00:00:00")]
    [InlineData("Connector:AllowedServiceUrls:0", "https://*.trafficmanager.net/")]
    [InlineData("DirectLine:TokenLifetime", "10000.00:00:00")]
    [InlineData("DirectLine:TokenLifetime", "00:00:01")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "not-an-address")]
    public void A_setting_that_cannot_work_stops_start_up_naming_its_key(string key, string value)
    {
        // Today an http ToChannelFromBotLoginUrl started fine, then every authenticated turn answered 500.
        using var app = factory.WithWebHostBuilder(b => b
            .UseSetting("MicrosoftAppId", "app-id")
            .UseSetting("MicrosoftAppPassword", "app-secret")
            .UseSetting(key, value));

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(key.Split(':')[0] == "ForwardedHeaders" ? "ForwardedHeaders:KnownProxies" : key.Replace(":0", string.Empty, StringComparison.Ordinal), error.ToString(), StringComparison.Ordinal);
    }

    private static string CopyOfContent()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "dialogs");
        var target = Path.Combine(Path.GetTempPath(), "careerbot-content-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*.md", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }
}
