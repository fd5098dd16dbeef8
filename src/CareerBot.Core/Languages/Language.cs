using System.Globalization;

namespace CareerBot.Core.Languages;

/// <summary>A language CareerBot speaks: a folder under <c>dialogs/</c> (its code, "en", "fr") and the front matter of
/// that folder's <c>vocabulary.md</c>. Two languages are equal when their codes are.</summary>
public sealed class Language : IEquatable<Language>
{
    /// <summary>Creates a language.</summary>
    /// <param name="code">The folder name, a two-letter ISO code ("fr").</param>
    /// <param name="name">The language's name in English ("French"), for logs and the operator page.</param>
    /// <param name="culture">The culture numbers are formatted and recognised in ("fr-FR").</param>
    /// <param name="singular">Which counts take the singular.</param>
    public Language(string code, string name, CultureInfo culture, SingularRule singular)
    {
        ArgumentNullException.ThrowIfNull(culture);
        Code = code;
        Name = name;
        Culture = culture;
        Singular = singular;
        RecognizerCulture = culture.Name.ToLowerInvariant();
    }

    /// <summary>The two-letter code, also the name of the folder under <c>dialogs/</c>.</summary>
    public string Code { get; }

    /// <summary>The language's name in English.</summary>
    public string Name { get; }

    /// <summary>The culture used to format numbers.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The culture name Microsoft.Recognizers.Text expects ("fr-fr").</summary>
    public string RecognizerCulture { get; }

    /// <summary>Which counts take the singular.</summary>
    public SingularRule Singular { get; }

    /// <summary>True when <paramref name="count"/> takes the singular in this language: in English only 1
    /// ("1 year", "1.5 years"), in French below 2 ("1,5 an", "0 an").</summary>
    public bool IsSingular(decimal count) => Singular == SingularRule.BelowTwo ? count is >= 0 and < 2 : count == 1;

    /// <summary>Whether <paramref name="tag"/> (a code "fr" or a BCP-47 tag "fr-CA") names this language.</summary>
    public bool Matches(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return false;
        }

        var separator = tag.IndexOfAny(['-', '_']);
        var code = (separator < 0 ? tag : tag[..separator]).Trim();
        return string.Equals(code, Code, StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public bool Equals(Language? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Language);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc />
    public override string ToString() => Code;
}
