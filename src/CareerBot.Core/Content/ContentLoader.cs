namespace CareerBot.Core.Content;

/// <summary>
/// Loads and validates <c>dialogs/</c>: every folder holding a <c>messages.md</c> is a language (its name is the
/// language's code), with <c>messages.md</c> (the bot's sentences), <c>vocabulary.md</c> (the words it reads) and
/// <c>{role-id}.md</c> (one file per role). Every problem is reported with its file and line.
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
    /// and limit and agrees across translations; fails with a <see cref="ContentException"/> gathering every problem.</summary>
    /// <param name="dialogsDirectory">The <c>dialogs/</c> folder.</param>
    /// <param name="requiredMessages">The keys the dialogs use, with the placeholders each may contain.</param>
    /// <param name="requiredLimits">The limits every role file must state (besides one per topic of the vocabularies).</param>
    public static ContentCatalog Load(string dialogsDirectory, IReadOnlyCollection<MessageKey> requiredMessages, IReadOnlyCollection<string>? requiredLimits = null) =>
        Check(dialogsDirectory, requiredMessages, requiredLimits).CatalogOrThrow();

    /// <summary>Reads and checks <paramref name="dialogsDirectory"/> as <see cref="Load"/> does, and reports every problem
    /// it finds rather than the first: each file is read on its own (a file stops at its first problem), and the
    /// translations are compared once every file reads.</summary>
    public static ContentCheck Check(string dialogsDirectory, IReadOnlyCollection<MessageKey> requiredMessages, IReadOnlyCollection<string>? requiredLimits = null)
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
            return new ContentCheck(null, [new ContentException(new ContentSource($"{DefaultLanguage}/{MessagesFileName}", 1), $"the folder '{DefaultLanguage}/' is missing: it holds the default language's {MessagesFileName}, {VocabularyFileName} and role files.")]);
        }

        var problems = new List<ContentException>();
        var vocabularies = folders.Select(code => (Code: code, Vocabulary: Read(problems, () => ReadVocabulary(dialogsDirectory, code)))).ToList();
        var limits = (requiredLimits ?? []).Concat(vocabularies.SelectMany(v => v.Vocabulary?.TopicIds ?? [])).Distinct(StringComparer.Ordinal).ToList();
        var languages = vocabularies.Select(v => LoadLanguage(dialogsDirectory, v.Code, v.Vocabulary, requiredMessages, limits, problems)).ToList();
        if (problems.Count == 0)
        {
            TranslationCheck.Check(languages.OfType<LoadedLanguage>().ToList(), problems);
        }

        return problems.Count == 0
            ? new ContentCheck(new ContentCatalog(languages.OfType<LoadedLanguage>().Select(l => l.Content)), [])
            : new ContentCheck(null, problems);
    }

    /// <summary>Runs <paramref name="read"/>; a content problem is added to <paramref name="problems"/> (and null returned).</summary>
    private static T? Read<T>(List<ContentException> problems, Func<T> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (ContentException problem)
        {
            problems.Add(problem);
            return null;
        }
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

    private static LoadedLanguage? LoadLanguage(string root, string code, Vocabulary? vocabulary, IReadOnlyCollection<MessageKey> requiredMessages, IReadOnlyCollection<string> requiredLimits, List<ContentException> problems)
    {
        var folder = Path.Combine(root, code);
        var messagesPath = $"{code}/{MessagesFileName}";
        var messages = Read(problems, () => MessageFileParser.Parse(ContentFile.Read(Path.Combine(folder, MessagesFileName), messagesPath), requiredMessages));
        var roles = new List<(Role Role, ContentFile File)>();
        var rolePaths = Directory.EnumerateFiles(folder, "*.md")
            .Where(p => Path.GetFileName(p) is not (MessagesFileName or VocabularyFileName))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var path in rolePaths)
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var file = ContentFile.Read(path, $"{code}/{Path.GetFileName(path)}");
            if (Read(problems, () => RoleFileParser.Parse(file, id, requiredLimits)) is { } role)
            {
                roles.Add((role, file));
            }
        }

        if (rolePaths.Count == 0)
        {
            problems.Add(new ContentException(new ContentSource(messagesPath, 1), $"the folder '{code}/' has no role file: add one such as {code}/backend-developer.md."));
        }

        if (vocabulary is null || messages is null || roles.Count != rolePaths.Count || roles.Count == 0)
        {
            return null;
        }

        var content = new LanguageContent(vocabulary.Language, new MessageCatalog(messages), vocabulary, [.. roles.Select(r => r.Role)]);
        return new LoadedLanguage(content, roles.ToDictionary(r => r.Role.Id, r => r.File, StringComparer.Ordinal));
    }
}
