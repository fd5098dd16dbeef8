using CareerBot.Core.Languages;

namespace CareerBot.Core.Content;

/// <summary>
/// Loads and validates <c>dialogs/</c>: for every language, <c>{code}/messages.md</c> (the bot's sentences) and
/// <c>{code}/{role-id}.md</c> (one file per role). Any problem fails with a <see cref="ContentException"/> naming the file and line.
/// </summary>
public static class ContentLoader
{
    /// <summary>The name of the messages file in each language folder; every other <c>.md</c> file there is a role.</summary>
    public const string MessagesFileName = "messages.md";

    /// <summary>Reads every language of <paramref name="dialogsDirectory"/> and checks it holds every required message and agrees across translations.</summary>
    /// <param name="dialogsDirectory">The <c>dialogs/</c> folder.</param>
    /// <param name="requiredMessages">The keys the dialogs use, with the placeholders each may contain.</param>
    public static ContentCatalog Load(string dialogsDirectory, IReadOnlyCollection<MessageKey> requiredMessages)
    {
        ArgumentNullException.ThrowIfNull(dialogsDirectory);
        ArgumentNullException.ThrowIfNull(requiredMessages);
        if (!Directory.Exists(dialogsDirectory))
        {
            throw new DirectoryNotFoundException($"The content directory '{Path.GetFullPath(dialogsDirectory)}' does not exist.");
        }

        var languages = Language.All.Select(language => LoadLanguage(dialogsDirectory, language, requiredMessages)).ToList();
        TranslationCheck.Check(languages);
        return new ContentCatalog(languages.Select(l => l.Content));
    }

    private static LoadedLanguage LoadLanguage(string root, Language language, IReadOnlyCollection<MessageKey> requiredMessages)
    {
        var folder = Path.Combine(root, language.Code);
        var messagesPath = $"{language.Code}/{MessagesFileName}";
        if (!Directory.Exists(folder))
        {
            throw new ContentException(new ContentSource(messagesPath, 1), $"the folder '{language.Code}/' is missing: every language ({string.Join(", ", Language.All)}) needs a folder holding a {MessagesFileName}.");
        }

        var messagesFile = Path.Combine(folder, MessagesFileName);
        if (!File.Exists(messagesFile))
        {
            throw new ContentException(new ContentSource(messagesPath, 1), $"the messages file is missing: create {messagesPath} with one '## key' heading per message.");
        }

        var messages = MessageFileParser.Parse(ContentFile.Read(messagesFile, messagesPath), requiredMessages);
        var roles = new List<(Role Role, ContentFile File)>();
        var rolePaths = Directory.EnumerateFiles(folder, "*.md")
            .Where(p => !string.Equals(Path.GetFileName(p), MessagesFileName, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var path in rolePaths)
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var file = ContentFile.Read(path, $"{language.Code}/{Path.GetFileName(path)}");
            roles.Add((RoleFileParser.Parse(file, id), file));
        }

        var content = new LanguageContent(language, new MessageCatalog(messages), [.. roles.Select(r => r.Role)]);
        return new LoadedLanguage(content, roles.ToDictionary(r => r.Role.Id, r => r.File, StringComparer.Ordinal));
    }
}
