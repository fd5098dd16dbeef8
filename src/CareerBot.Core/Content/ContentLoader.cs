namespace CareerBot.Core.Content;

/// <summary>
/// Loads and validates <c>dialogs/</c>: every folder holding a <c>messages.md</c> is a language (its name is the
/// language's code), with <c>messages.md</c> (the bot's sentences), <c>vocabulary.md</c> (the words it reads) and
/// <c>{role-id}.md</c> (one file per role). Any problem fails with a <see cref="ContentException"/> naming the file and line.
/// </summary>
public static class ContentLoader
{
    /// <summary>The name of the messages file in each language folder.</summary>
    public const string MessagesFileName = "messages.md";

    /// <summary>The name of the vocabulary file in each language folder; every other <c>.md</c> file there is a role.</summary>
    public const string VocabularyFileName = "vocabulary.md";

    /// <summary>The language answered in when nothing says which.</summary>
    public const string DefaultLanguage = "en";

    /// <summary>Reads every language of <paramref name="dialogsDirectory"/> and checks it holds every required message
    /// and limit and agrees across translations.</summary>
    /// <param name="dialogsDirectory">The <c>dialogs/</c> folder.</param>
    /// <param name="requiredMessages">The keys the dialogs use, with the placeholders each may contain.</param>
    /// <param name="requiredLimits">The limits every role file must state (besides one per topic of the vocabularies).</param>
    public static ContentCatalog Load(string dialogsDirectory, IReadOnlyCollection<MessageKey> requiredMessages, IReadOnlyCollection<string>? requiredLimits = null)
    {
        ArgumentNullException.ThrowIfNull(dialogsDirectory);
        ArgumentNullException.ThrowIfNull(requiredMessages);
        if (!Directory.Exists(dialogsDirectory))
        {
            throw new DirectoryNotFoundException($"The content directory '{Path.GetFullPath(dialogsDirectory)}' does not exist.");
        }

        var folders = Directory.EnumerateDirectories(dialogsDirectory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(code => File.Exists(Path.Combine(dialogsDirectory, code, MessagesFileName)))
            .OrderBy(code => code == DefaultLanguage ? 0 : 1)
            .ThenBy(code => code, StringComparer.Ordinal)
            .ToList();
        if (folders.Count == 0 || folders[0] != DefaultLanguage)
        {
            throw new ContentException(new ContentSource($"{DefaultLanguage}/{MessagesFileName}", 1), $"the folder '{DefaultLanguage}/' is missing: it holds the default language's {MessagesFileName}, {VocabularyFileName} and role files.");
        }

        var vocabularies = folders.Select(code => ReadVocabulary(dialogsDirectory, code)).ToList();
        var limits = (requiredLimits ?? []).Concat(vocabularies.SelectMany(v => v.TopicIds)).Distinct(StringComparer.Ordinal).ToList();
        var languages = vocabularies.Select(v => LoadLanguage(dialogsDirectory, v, requiredMessages, limits)).ToList();
        TranslationCheck.Check(languages);
        return new ContentCatalog(languages.Select(l => l.Content));
    }

    private static Vocabulary ReadVocabulary(string root, string code)
    {
        var relative = $"{code}/{VocabularyFileName}";
        var path = Path.Combine(root, code, VocabularyFileName);
        if (!File.Exists(path))
        {
            throw new ContentException(new ContentSource(relative, 1), $"the vocabulary file is missing: create {relative} with front matter naming the language and one '## key' section per kind of word.");
        }

        return VocabularyFileParser.Parse(ContentFile.Read(path, relative), code);
    }

    private static LoadedLanguage LoadLanguage(string root, Vocabulary vocabulary, IReadOnlyCollection<MessageKey> requiredMessages, IReadOnlyCollection<string> requiredLimits)
    {
        var code = vocabulary.Language.Code;
        var folder = Path.Combine(root, code);
        var messagesPath = $"{code}/{MessagesFileName}";
        var messages = MessageFileParser.Parse(ContentFile.Read(Path.Combine(folder, MessagesFileName), messagesPath), requiredMessages);
        var roles = new List<(Role Role, ContentFile File)>();
        var rolePaths = Directory.EnumerateFiles(folder, "*.md")
            .Where(p => Path.GetFileName(p) is not (MessagesFileName or VocabularyFileName))
            .Order(StringComparer.Ordinal);
        foreach (var path in rolePaths)
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var file = ContentFile.Read(path, $"{code}/{Path.GetFileName(path)}");
            roles.Add((RoleFileParser.Parse(file, id, requiredLimits), file));
        }

        if (roles.Count == 0)
        {
            throw new ContentException(new ContentSource(messagesPath, 1), $"the folder '{code}/' has no role file: add one such as {code}/backend-developer.md.");
        }

        var content = new LanguageContent(vocabulary.Language, new MessageCatalog(messages), vocabulary, [.. roles.Select(r => r.Role)]);
        return new LoadedLanguage(content, roles.ToDictionary(r => r.Role.Id, r => r.File, StringComparer.Ordinal));
    }
}
