using System.Net;
using System.Text.RegularExpressions;

namespace CareerBot.Core.Dialogs;

/// <summary>Cleans what users type before it is understood: markup removed, entities decoded, spaces collapsed.</summary>
public static partial class InputText
{
    /// <summary>Longest message CareerBot reads; longer ones get a polite request to shorten.</summary>
    public const int MaxLength = 2000;

    /// <summary>The text without HTML tags or entities, with runs of white space collapsed to one space.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var withoutTags = text.Contains('<', StringComparison.Ordinal) ? Tags().Replace(text, " ") : text;
        var decoded = withoutTags.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(withoutTags) : withoutTags;
        return Spaces().Replace(decoded, " ").Trim();
    }

    /// <summary>True when the text holds at least one letter or digit (not only emoji, punctuation or symbols).</summary>
    public static bool HasWords(string text) => text.Any(char.IsLetterOrDigit);

    /// <summary>True when the text is a number and nothing else but punctuation ("12", "12?", "3.5").</summary>
    public static bool IsOnlyANumber(string text) => OnlyANumber().IsMatch(text);

    [GeneratedRegex(@"^\W*\d+(?:[.,]\d+)?\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyANumber();

    [GeneratedRegex("<[^<>]{0,200}>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
