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

    // The folds of U+0080 to U+024F (Latin-1 Supplement, Latin Extended-A and B: every accented letter of French and
    // its neighbours), worked out once: Unicode decomposition allocates.
    private static readonly char[] LatinFolds = [.. Enumerable.Range(128, 0x250 - 128).Select(c => FoldSlowly((char)c))];

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

        // Whitespace runs become one space, the ends are trimmed and the text cut at MaxLength, as
        // Regex.Replace(@"\s+", " ").Trim()[..MaxLength] would (\s is char.IsWhiteSpace), without the copies.
        Span<char> cleaned = stackalloc char[MaxLength];
        var length = 0;
        var spaceBefore = false;
        foreach (var c in capped)
        {
            if (char.IsWhiteSpace(c))
            {
                spaceBefore = length > 0;
                continue;
            }

            if (spaceBefore && length < MaxLength)
            {
                cleaned[length++] = ' ';
                spaceBefore = false;
            }

            if (length == MaxLength)
            {
                break;
            }

            cleaned[length++] = c;
        }

        cleaned = cleaned[..length];
        var original = cleaned.SequenceEqual(capped) ? capped : new string(cleaned);

        Span<char> lower = stackalloc char[length];
        Span<char> folded = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            lower[i] = cleaned[i] switch
            {
                '\u2019' or '\u2018' or '`' or '\u00b4' => '\'',
                '\u2013' or '\u2014' or '\u2011' => '-',
                '\u00a0' or '\u202f' => ' ',
                var c => char.ToLowerInvariant(c),
            };
            folded[i] = Fold(lower[i]);
        }

        // The words: runs of letters and digits (the regex [\p{L}\p{N}]+), each followed by one space in the tokens.
        Span<char> tokens = stackalloc char[length + 2];
        Span<int> starts = stackalloc int[(length + 1) / 2];
        Span<int> ends = stackalloc int[(length + 1) / 2];
        var tokensLength = 0;
        var words = 0;
        tokens[tokensLength++] = ' ';
        for (var i = 0; i < length;)
        {
            if (!IsWordCharacter(folded[i]))
            {
                i++;
                continue;
            }

            starts[words] = i;
            while (i < length && (IsWordCharacter(folded[i]) || IsLanguageSuffix(folded, i)))
            {
                tokens[tokensLength++] = folded[i++];
            }

            tokens[tokensLength++] = ' ';
            ends[words++] = i;
        }

        return new NormalizedText(original, new string(lower), new string(folded), new string(tokens[..tokensLength]), starts[..words].ToArray(), ends[..words].ToArray());
    }

    /// <summary>Turns a vocabulary phrase into the token form used by <see cref="NormalizedText.Tokens"/>
    /// ("Grille des salaires" → "grille des salaires", "d'expérience" → "d experience").</summary>
    public static string ToTokens(string phrase) => Normalize(phrase).Tokens.Trim();

    /// <summary>Folds a vocabulary entry without tokenising it ("États-Unis" → "etats-unis").</summary>
    public static string FoldText(string text) => Normalize(text).Folded;

    private static char Fold(char c) =>
        c < 128 ? c : c - 128 < LatinFolds.Length ? LatinFolds[c - 128] : FoldSlowly(c);

    /// <summary>A letter without its accent, when Unicode decomposes it into a base letter and marks.</summary>
    private static char FoldSlowly(char c)
    {
        if (char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned)
        {
            // Unicode cannot decompose what it does not assign (U+FFFE throws).
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

    /// <summary>The '#' or '+' of a word such as "c#", "f#" or "c++": part of the word after a letter (or another
    /// '+'), so that "c#" is not read as "c".</summary>
    private static bool IsLanguageSuffix(ReadOnlySpan<char> text, int i) =>
        text[i] is '#' or '+' && i > 0 && (char.IsAsciiLetter(text[i - 1]) || (text[i] == '+' && text[i - 1] == '+' && i > 1 && char.IsAsciiLetter(text[i - 2])));

    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || (c >= 128 && CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber);

    [GeneratedRegex("<[^<>]{0,300}>", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();
}
