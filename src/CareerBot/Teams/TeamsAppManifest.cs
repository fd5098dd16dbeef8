using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareerBot.Core.Content;
using CareerBot.Core.Languages;

namespace CareerBot.Teams;

/// <summary>The Teams app manifest (schema v1.19) of CareerBot and its localization files: a bot for personal chats,
/// group chats and teams, with its command menu; names, descriptions and commands from the content, in the default
/// language in the manifest and in one localization file per language.</summary>
public static partial class TeamsAppManifest
{
    /// <summary>The manifest schema version.</summary>
    public const string ManifestVersion = "1.19";

    /// <summary>The manifest's <c>$schema</c>.</summary>
    public const string Schema = "https://developer.microsoft.com/en-us/json-schemas/teams/v1.19/MicrosoftTeams.schema.json";

    /// <summary>A localization file's <c>$schema</c>.</summary>
    public const string LocalizationSchema = "https://developer.microsoft.com/en-us/json-schemas/teams/v1.19/MicrosoftTeams.Localization.schema.json";

    /// <summary>The colour icon's file in the package.</summary>
    public const string ColorIcon = "color.png";

    /// <summary>The outline icon's file in the package.</summary>
    public const string OutlineIcon = "outline.png";

    /// <summary>The bot's scopes: personal chat, group chat and team channels.</summary>
    public static readonly IReadOnlyList<string> Scopes = ["personal", "team", "groupChat"];

    /// <summary>The language tag Teams knows <paramref name="language"/> by (the default one, English, as <c>en-us</c>).</summary>
    public static string LanguageTag(Language language, bool isDefault)
    {
        ArgumentNullException.ThrowIfNull(language);
        return isDefault ? language.Culture.Name.ToLowerInvariant() : language.Code;
    }

    /// <summary>The localization file of <paramref name="language"/> in the package.</summary>
    public static string LocalizationFile(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Code + ".json";
    }

    /// <summary>What is wrong with <paramref name="settings"/> for the schema, one sentence each; empty when nothing.</summary>
    public static IReadOnlyList<string> Problems(TeamsAppSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        List<string> problems = [];
        if (string.IsNullOrWhiteSpace(settings.AppId))
        {
            problems.Add("No app id: give the bot's Microsoft App ID (the Azure Bot's, a GUID) with --app-id <GUID>, or set MicrosoftAppId in appsettings.json.");
        }
        else if (!Guid.TryParseExact(settings.AppId, "D", out _))
        {
            problems.Add($"The app id '{settings.AppId}' is not a GUID such as 00000000-0000-0000-0000-000000000000: give the bot's Microsoft App ID (--app-id, or MicrosoftAppId in appsettings.json).");
        }

        if (!SemVer().IsMatch(settings.Version))
        {
            problems.Add($"The version '{settings.Version}' is not of the form 1.0.0 (TeamsApp:Version or --version).");
        }

        if (settings.DeveloperName.Length is 0 or > 32)
        {
            problems.Add($"The developer name must have 1 to 32 characters (TeamsApp:DeveloperName); it has {settings.DeveloperName.Length}.");
        }

        foreach (var (name, url) in new[] { ("WebsiteUrl", settings.WebsiteUrl), ("PrivacyUrl", settings.PrivacyUrl), ("TermsOfUseUrl", settings.TermsOfUseUrl) })
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || url.Length > 2048)
            {
                problems.Add($"TeamsApp:{name} '{url}' is not an https address.");
            }
        }

        if (!HexColor().IsMatch(settings.AccentColor))
        {
            problems.Add($"TeamsApp:AccentColor '{settings.AccentColor}' is not a colour such as #1B5E87.");
        }

        return problems;
    }

    /// <summary>The manifest, with the default language's texts.</summary>
    public static JsonObject Manifest(ContentCatalog content, TeamsAppSettings settings)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(settings);
        var messages = content.For(content.Default).Messages;
        return new JsonObject
        {
            ["$schema"] = Schema,
            ["manifestVersion"] = ManifestVersion,
            ["version"] = settings.Version,
            ["id"] = settings.AppId,
            ["localizationInfo"] = new JsonObject
            {
                ["defaultLanguageTag"] = LanguageTag(content.Default, isDefault: true),
                ["defaultLanguageFile"] = LocalizationFile(content.Default),
                ["additionalLanguages"] = new JsonArray([.. content.Languages.Skip(1).Select(l => l.Language).Select(language => (JsonNode)new JsonObject
                {
                    ["languageTag"] = LanguageTag(language, isDefault: false),
                    ["file"] = LocalizationFile(language),
                })]),
            },
            ["developer"] = new JsonObject
            {
                ["name"] = settings.DeveloperName,
                ["websiteUrl"] = settings.WebsiteUrl,
                ["privacyUrl"] = settings.PrivacyUrl,
                ["termsOfUseUrl"] = settings.TermsOfUseUrl,
            },
            ["name"] = new JsonObject { ["short"] = messages[TeamsAppKeys.Name], ["full"] = messages[TeamsAppKeys.FullName] },
            ["description"] = new JsonObject { ["short"] = messages[TeamsAppKeys.ShortDescription], ["full"] = messages[TeamsAppKeys.FullDescription] },
            ["icons"] = new JsonObject { ["color"] = ColorIcon, ["outline"] = OutlineIcon },
            ["accentColor"] = settings.AccentColor,
            ["bots"] = new JsonArray
            {
                new JsonObject
                {
                    ["botId"] = settings.AppId,
                    ["scopes"] = Strings(Scopes),
                    ["isNotificationOnly"] = false,
                    ["supportsFiles"] = false,
                    ["commandLists"] = new JsonArray
                    {
                        new JsonObject
                        {
                            ["scopes"] = Strings(Scopes),
                            ["commands"] = new JsonArray([.. TeamsAppKeys.Commands.Select(command => (JsonNode)new JsonObject
                            {
                                ["title"] = messages[command.Title],
                                ["description"] = messages[command.Description],
                            })]),
                        },
                    },
                },
            },
            ["permissions"] = Strings(["identity", "messageTeamMembers"]),
            ["validDomains"] = new JsonArray(),
            ["defaultInstallScope"] = "personal",
        };
    }

    /// <summary>The localization file of one language: names, descriptions and the command menu.</summary>
    public static JsonObject Localization(LanguageContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var messages = content.Messages;
        var file = new JsonObject
        {
            ["$schema"] = LocalizationSchema,
            ["name.short"] = messages[TeamsAppKeys.Name],
            ["name.full"] = messages[TeamsAppKeys.FullName],
            ["description.short"] = messages[TeamsAppKeys.ShortDescription],
            ["description.full"] = messages[TeamsAppKeys.FullDescription],
        };
        for (var i = 0; i < TeamsAppKeys.Commands.Count; i++)
        {
            file[$"bots[0].commandLists[0].commands[{i}].title"] = messages[TeamsAppKeys.Commands[i].Title];
            file[$"bots[0].commandLists[0].commands[{i}].description"] = messages[TeamsAppKeys.Commands[i].Description];
        }

        return file;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex SemVer();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();
}
