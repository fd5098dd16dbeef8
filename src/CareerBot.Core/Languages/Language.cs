using System.Globalization;

namespace CareerBot.Core.Languages;

/// <summary>A language CareerBot speaks, identified by its two-letter ISO code ("en", "fr").</summary>
public sealed record Language
{
    /// <summary>English.</summary>
    public static readonly Language English = new("en", "en-us");

    /// <summary>French.</summary>
    public static readonly Language French = new("fr", "fr-fr");

    /// <summary>Every language CareerBot speaks; the first is the default.</summary>
    public static readonly IReadOnlyList<Language> All = [English, French];

    private Language(string code, string recognizerCulture)
    {
        Code = code;
        RecognizerCulture = recognizerCulture;
        Culture = CultureInfo.GetCultureInfo(code);
    }

    /// <summary>The two-letter code, also the name of the folder under <c>dialogs/</c>.</summary>
    public string Code { get; }

    /// <summary>The culture name Microsoft.Recognizers.Text expects.</summary>
    public string RecognizerCulture { get; }

    /// <summary>The culture used to format numbers.</summary>
    public CultureInfo Culture { get; }

    /// <summary>True when <paramref name="count"/> takes the singular in this language: in English only 1
    /// ("1 year", "1.5 years"), in French below 2 ("1,5 an", "0 an").</summary>
    public bool IsSingular(decimal count) => Code == "fr" ? count is >= 0 and < 2 : count == 1;

    /// <summary>Finds a language by code ("fr") or BCP-47 tag ("fr-CA"); null when CareerBot does not speak it.</summary>
    public static Language? FromTag(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var code = tag.Split('-', '_')[0].Trim();
        return All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc />
    public override string ToString() => Code;
}
