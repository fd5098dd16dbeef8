using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CareerBot.Core.Understanding;

/// <summary>Cleans raw user text: strips HTML, keeps the first <see cref="MaxLength"/> characters, lower-cases and
/// folds accents while keeping indices aligned.</summary>
internal static partial class TextNormalizer
{
    /// <summary>Only the start of a long message is recognised: the DateTime model is slow on long input.</summary>
    public const int MaxLength = 500;

    public static NormalizedText Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new NormalizedText(string.Empty, string.Empty, string.Empty, " ", [], []);
        }

        // Cap before the regexes so hostile input costs little, with room for tags to be removed.
        var capped = text.Length > MaxLength * 8 ? text[..(MaxLength * 8)] : text;
        if (capped.Contains('<', StringComparison.Ordinal))
        {
            capped = HtmlTag().Replace(capped, " ");
        }

        if (capped.Contains('&', StringComparison.Ordinal))
        {
            capped = WebUtility.HtmlDecode(capped);
        }

        capped = Whitespace().Replace(capped, " ").Trim();
        if (capped.Length > MaxLength)
        {
            capped = capped[..MaxLength];
        }

        var lower = new StringBuilder(capped.Length);
        var folded = new StringBuilder(capped.Length);
        foreach (var c in capped)
        {
            var l = c switch
            {
                '\u2019' or '\u2018' or '`' or '\u00b4' => '\'',
                '\u2013' or '\u2014' or '\u2011' => '-',
                '\u00a0' or '\u202f' => ' ',
                _ => char.ToLowerInvariant(c),
            };
            lower.Append(l);
            folded.Append(Fold(l));
        }

        var foldedText = folded.ToString();
        var words = Word().Matches(foldedText);
        var tokens = new StringBuilder(foldedText.Length + 2).Append(' ');
        var starts = new int[words.Count];
        var ends = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            tokens.Append(words[i].ValueSpan).Append(' ');
            starts[i] = words[i].Index;
            ends[i] = words[i].Index + words[i].Length;
        }

        return new NormalizedText(capped, lower.ToString(), foldedText, tokens.ToString(), starts, ends);
    }

    /// <summary>Turns a vocabulary phrase into the token form used by <see cref="NormalizedText.Tokens"/>
    /// ("Grille des salaires" → "grille des salaires", "d'expérience" → "d experience").</summary>
    public static string ToTokens(string phrase) => Normalize(phrase).Tokens.Trim();

    /// <summary>Folds a vocabulary entry without tokenising it ("États-Unis" → "etats-unis").</summary>
    public static string FoldText(string text) => Normalize(text).Folded;

    private static char Fold(char c)
    {
        if (c < 128 || char.IsSurrogate(c))
        {
            return c;
        }

        if (c is 'œ')
        {
            return 'o';
        }

        if (c is 'æ')
        {
            return 'a';
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
            ? decomposed[0]
            : c;
    }

    [GeneratedRegex("<[^<>]{0,300}>", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
