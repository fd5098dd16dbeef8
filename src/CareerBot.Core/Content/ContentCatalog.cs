using CareerBot.Core.Languages;

namespace CareerBot.Core.Content;

/// <summary>Everything CareerBot knows and says, per language, parsed once at start-up from <c>dialogs/</c>.</summary>
public sealed class ContentCatalog
{
    private readonly IReadOnlyDictionary<Language, LanguageContent> byLanguage;

    /// <summary>Creates a catalog; every language in <see cref="Language.All"/> must be present.</summary>
    public ContentCatalog(IEnumerable<LanguageContent> languages)
    {
        byLanguage = languages.ToDictionary(l => l.Language);
    }

    /// <summary>The content for <paramref name="language"/>.</summary>
    public LanguageContent For(Language language) => byLanguage[language];

    /// <summary>Every language loaded.</summary>
    public IEnumerable<LanguageContent> Languages => byLanguage.Values;
}
