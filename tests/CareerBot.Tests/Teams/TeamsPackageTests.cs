using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerBot.Teams;
using Microsoft.Extensions.Configuration;

namespace CareerBot.Tests.Teams;

/// <summary>The Teams app package written by <c>teams-package</c>, checked against what the Teams manifest schema v1.19
/// requires (its required fields, patterns and limits) and what Teams asks of the icons; the package is also validated
/// against the schema files themselves in the e2e suite (e2e/playground-ui/package.js).</summary>
public sealed partial class TeamsPackageTests : IClassFixture<CareerBotFactory>
{
    private const string AppId = "6d1f0a52-3c1b-4b1e-9a57-0f8e2d1c4b3a";
    private static readonly string[] Languages = ["en", "fr"];
    private readonly CareerBotFactory factory;

    public TeamsPackageTests(CareerBotFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public void The_package_holds_the_manifest_the_two_icons_and_a_localization_file_per_language()
    {
        var package = Build();

        Assert.Equal(["color.png", "en.json", "fr.json", "manifest.json", "outline.png"], package.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_manifest_has_every_field_the_schema_requires_in_the_form_it_requires()
    {
        var manifest = Json(Build()["manifest.json"]);

        AssertHas(manifest, "manifestVersion", "version", "id", "developer", "name", "description", "icons", "accentColor");
        Assert.True(decimal.Parse(manifest.GetProperty("manifestVersion").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= 1.19m);
        Assert.Matches(SemVer(), manifest.GetProperty("version").GetString());
        Assert.Equal(AppId, manifest.GetProperty("id").GetString());
        Assert.Matches("^#[0-9a-fA-F]{6}$", manifest.GetProperty("accentColor").GetString());
        var developer = manifest.GetProperty("developer");
        AssertHas(developer, "name", "websiteUrl", "privacyUrl", "termsOfUseUrl");
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith("https://", developer.GetProperty(url).GetString(), StringComparison.Ordinal);
        }

        AssertHas(manifest.GetProperty("name"), "short", "full");
        AssertHas(manifest.GetProperty("description"), "short", "full");
        AssertHas(manifest.GetProperty("icons"), "outline", "color");
        var bot = Assert.Single(manifest.GetProperty("bots").EnumerateArray());
        AssertHas(bot, "botId", "scopes");
        Assert.Equal(AppId, bot.GetProperty("botId").GetString());
        foreach (var list in bot.GetProperty("commandLists").EnumerateArray())
        {
            AssertHas(list, "scopes", "commands");
            Assert.All(list.GetProperty("commands").EnumerateArray(), command => AssertHas(command, "title", "description"));
        }

        var localization = manifest.GetProperty("localizationInfo");
        AssertHas(localization, "defaultLanguageTag");
        Assert.All(localization.GetProperty("additionalLanguages").EnumerateArray(), language => AssertHas(language, "languageTag", "file"));
    }

    [Fact]
    public void The_manifest_keeps_within_the_schemas_limits()
    {
        var manifest = Json(Build()["manifest.json"]);

        AssertAtMost(30, manifest.GetProperty("name").GetProperty("short"));
        AssertAtMost(100, manifest.GetProperty("name").GetProperty("full"));
        AssertAtMost(80, manifest.GetProperty("description").GetProperty("short"));
        AssertAtMost(4000, manifest.GetProperty("description").GetProperty("full"));
        AssertAtMost(32, manifest.GetProperty("developer").GetProperty("name"));
        var bot = manifest.GetProperty("bots")[0];
        Assert.InRange(bot.GetProperty("commandLists").GetArrayLength(), 1, 3);
        foreach (var list in bot.GetProperty("commandLists").EnumerateArray())
        {
            Assert.InRange(list.GetProperty("commands").GetArrayLength(), 1, 10);
            foreach (var command in list.GetProperty("commands").EnumerateArray())
            {
                AssertAtMost(32, command.GetProperty("title"));
                AssertAtMost(128, command.GetProperty("description"));
            }
        }
    }

    [Fact]
    public void The_bot_is_in_personal_chat_group_chat_and_teams_with_the_salary_missions_career_paths_and_help_commands()
    {
        var bot = Json(Build()["manifest.json"]).GetProperty("bots")[0];

        Assert.Equal(["groupChat", "personal", "team"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).Order(StringComparer.Ordinal));
        var list = Assert.Single(bot.GetProperty("commandLists").EnumerateArray());
        Assert.Equal(["groupChat", "personal", "team"], list.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["Salary", "Missions", "Career paths", "Help"], list.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("title").GetString()));
    }

    [Fact]
    public void Each_language_has_a_localization_file_with_the_required_strings_within_limits()
    {
        var package = Build();
        var manifest = Json(package["manifest.json"]);
        var info = manifest.GetProperty("localizationInfo");
        Assert.Equal("en-us", info.GetProperty("defaultLanguageTag").GetString());
        Assert.Equal("en.json", info.GetProperty("defaultLanguageFile").GetString());
        var french = Assert.Single(info.GetProperty("additionalLanguages").EnumerateArray());
        Assert.Equal("fr", french.GetProperty("languageTag").GetString());
        Assert.Equal("fr.json", french.GetProperty("file").GetString());

        foreach (var language in Languages)
        {
            var file = Json(package[language + ".json"]);
            AssertHas(file, "name.short", "name.full", "description.short", "description.full");
            foreach (var property in file.EnumerateObject())
            {
                var limit = property.Name switch
                {
                    "$schema" => 2048,
                    "name.short" => 30,
                    "name.full" => 100,
                    "description.short" => 80,
                    "description.full" => 4000,
                    _ when CommandTitle().IsMatch(property.Name) => 32,
                    _ when CommandDescription().IsMatch(property.Name) => 128,
                    _ => throw new Xunit.Sdk.XunitException($"{language}.json: '{property.Name}' is not a key the localization schema allows"),
                };
                AssertAtMost(limit, property.Value);
            }
        }

        var fr = Json(package["fr.json"]);
        Assert.Equal("Salaire", fr.GetProperty("bots[0].commandLists[0].commands[0].title").GetString());
        Assert.Contains("développeur backend", fr.GetProperty("description.short").GetString(), StringComparison.Ordinal);
        Assert.Equal(Json(package["en.json"]).GetProperty("name.short").GetString(), manifest.GetProperty("name").GetProperty("short").GetString());
    }

    [Fact]
    public void The_package_holds_the_committed_icon_files()
    {
        var package = Build();

        Assert.Equal(File.ReadAllBytes(TeamsAppIconsTests.IconFile("color.png")), package["color.png"]);
        Assert.Equal(File.ReadAllBytes(TeamsAppIconsTests.IconFile("outline.png")), package["outline.png"]);
    }

    [Fact]
    public void The_same_content_and_settings_give_the_same_package()
    {
        Assert.Equal(Bytes(Settings()), Bytes(Settings()));
    }

    [Theory]
    [InlineData("en-US", "Salary", "Salaries of a backend developer in France")]
    [InlineData("en-US", "Missions", "The main missions of a backend developer")]
    [InlineData("en-US", "Career paths", "Technical manager")]
    [InlineData("en-US", "Help", "You can ask me, for example")]
    [InlineData("fr-FR", "Salaire", "Salaires d'un développeur backend en France")]
    [InlineData("fr-FR", "Missions", "Les principales missions d'un développeur backend")]
    [InlineData("fr-FR", "Évolutions de carrière", "Responsable technique")]
    [InlineData("fr-FR", "Aide", "Vous pouvez me demander par exemple")]
    public async Task Each_command_of_the_menu_is_understood_when_teams_sends_its_title(string locale, string title, string expected)
    {
        var package = Build();
        var file = Json(package[locale[..2] + ".json"]);
        Assert.Contains(title, Enumerable.Range(0, 4).Select(i => file.GetProperty($"bots[0].commandLists[0].commands[{i}].title").GetString()));
        using var client = factory.CreateClient();

        var reply = Assert.Single(await BotClient.ExpectRepliesAsync(client, BotClient.Message(title, conversationId: "command-" + locale + title, locale: locale)));

        Assert.Contains(expected, reply.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "No app id: give the bot's Microsoft App ID (the Azure Bot's, a GUID) with --app-id <GUID>, or set MicrosoftAppId in appsettings.json.")]
    [InlineData("", "No app id:")]
    [InlineData("not-a-guid", "'not-a-guid' is not a GUID")]
    public void A_missing_or_malformed_app_id_is_refused_with_the_reason(string? appId, string reason)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = appId is null ? ["--output", TempFile()] : ["--app-id", appId, "--output", TempFile()];

        var exitCode = TeamsPackageCommand.Run(args, Settings(appId: null), AppContext.BaseDirectory, output, error);

        Assert.Equal(1, exitCode);
        Assert.Contains(reason, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_output_the_package_goes_to_artifacts_teams_below_the_working_directory()
    {
        var folder = Directory.CreateTempSubdirectory("careerbot-teams-");
        try
        {
            var output = new StringWriter();

            var exitCode = TeamsPackageCommand.Run([], Settings(), AppContext.BaseDirectory, output, TextWriter.Null, folder.FullName);

            Assert.Equal(0, exitCode);
            var path = Path.Combine(folder.FullName, "artifacts", "teams", "careerbot-teams.zip");
            Assert.True(File.Exists(path));
            Assert.Contains(path, output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--app")]
    [InlineData("--output")]
    public void An_unknown_or_incomplete_option_is_a_usage_error(string option)
    {
        var error = new StringWriter();

        Assert.Equal(2, TeamsPackageCommand.Run([option], Settings(), AppContext.BaseDirectory, TextWriter.Null, error));
        Assert.Contains("usage: CareerBot teams-package", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_too_long_for_teams_stops_the_package_naming_the_file_and_line()
    {
        var root = Path.Combine(Path.GetTempPath(), "careerbot-teams-content-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "dialogs"), "*.md", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, "dialogs", Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "dialogs"), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var messages = Path.Combine(root, "dialogs", "fr", "messages.md");
            File.WriteAllText(messages, File.ReadAllText(messages).Replace("## teams.name\nCareerBot\n", "## teams.name\nCareerBot, le robot des métiers\n", StringComparison.Ordinal));
            var error = new StringWriter();

            var exitCode = TeamsPackageCommand.Run(["--output", TempFile()], Settings(), root, TextWriter.Null, error);

            Assert.Equal(1, exitCode);
            Assert.Matches(@"fr/messages\.md:\d+: the message 'teams\.name' is 31 characters long; it may have at most 30", error.ToString());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Dictionary<string, byte[]> Build()
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes(Settings())), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    private static byte[] Bytes(IConfiguration settings)
    {
        var path = TempFile();
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exitCode = TeamsPackageCommand.Run(["--output", path], settings, AppContext.BaseDirectory, output, error);
            Assert.True(exitCode == 0, error.ToString());
            Assert.Contains("Wrote the Teams app package", output.ToString(), StringComparison.Ordinal);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The settings the app ships with (appsettings.json next to the binaries), with an app id.
    private static IConfiguration Settings(string? appId = AppId) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
        .AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = appId })
        .Build();

    private static string TempFile() => Path.Combine(Path.GetTempPath(), "careerbot-teams-" + Guid.NewGuid().ToString("N") + ".zip");

    private static JsonElement Json(byte[] bytes) => JsonDocument.Parse(bytes).RootElement.Clone();

    private static void AssertHas(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            Assert.True(element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null, $"'{name}' is required: {element}");
            Assert.False(value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()), $"'{name}' is empty");
        }
    }

    private static void AssertAtMost(int limit, JsonElement text) =>
        Assert.True(text.GetString()!.Length <= limit, $"\"{text.GetString()}\" has {text.GetString()!.Length} characters; the schema allows {limit}");

    [GeneratedRegex(@"^([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)$")]
    private static partial Regex SemVer();

    [GeneratedRegex(@"^bots\[0\]\.commandLists\[[0-2]\]\.commands\[[0-9]\]\.title$")]
    private static partial Regex CommandTitle();

    [GeneratedRegex(@"^bots\[0\]\.commandLists\[[0-2]\]\.commands\[[0-9]\]\.description$")]
    private static partial Regex CommandDescription();
}
