using CareerBot.Core.Languages;

namespace CareerBot.Core.Content;

/// <summary>Everything CareerBot knows and says, per language, parsed once at start-up from <c>dialogs/</c>.</summary>
public sealed class ContentCatalog
{
    private readonly Dictionary<Language, LanguageContent> byLanguage;

    /// <summary>Creates a catalog; the first language is the default.</summary>
    public ContentCatalog(IEnumerable<LanguageContent> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        Languages = [.. languages];
        if (Languages.Count == 0)
        {
            throw new ArgumentException("A catalog needs at least one language.", nameof(languages));
        }

        byLanguage = Languages.ToDictionary(l => l.Language);
    }

    /// <summary>Every language loaded, the default first.</summary>
    public IReadOnlyList<LanguageContent> Languages { get; }

    /// <summary>The language answered in when nothing says which.</summary>
    public Language Default => Languages[0].Language;

    /// <summary>The content for <paramref name="language"/>.</summary>
    public LanguageContent For(Language language) => byLanguage[language];

    /// <summary>The language a code ("fr") or BCP-47 tag ("fr-CA") names, when CareerBot speaks it.</summary>
    public Language? Find(string? tag) => Languages.FirstOrDefault(l => l.Language.Matches(tag))?.Language;
}
