using System.Collections.Frozen;
using System.Text;

namespace CareerBot.Core.Understanding;

/// <summary>Rewrites a message's words before they are recognised: abbreviations and slang spellings become what they
/// stand for ("cb" → "combien"), and a word CareerBot does not know becomes the known word it is a typo of ("salry" →
/// "salary", "devlopper" → "developer"). A word is a typo of a known word of five letters or more that starts with the
/// same letter and is one edit away (two from eight letters: <see cref="EditDistance.Tolerance"/>), and a short word is
/// not shortened. Words every language file lists as frequent are never corrected, so "still" does not become
/// "skill".</summary>
internal sealed class SpellingCorrector
{
    /// <summary>The most unknown words of one message looked up for typos: hostile input stays cheap.</summary>
    private const int MaxLookUps = 30;

    /// <summary>Up to this length, a word is not corrected to a shorter one: an extra letter in a short word is more
    /// often another word ("monkey" is not "money") than a typo.</summary>
    private const int ShortWord = 6;

    private readonly FrozenSet<string> known;
    private readonly FrozenDictionary<char, string[]> targets;
    private readonly FrozenDictionary<string, string> abbreviations;

    /// <summary>Creates the corrector.</summary>
    /// <param name="known">Every word of the vocabularies and the content, folded.</param>
    /// <param name="abbreviations">Words with what they stand for, both folded.</param>
    public SpellingCorrector(IEnumerable<string> known, IReadOnlyDictionary<string, string> abbreviations)
    {
        this.known = known.ToFrozenSet(StringComparer.Ordinal);
        targets = this.known
            .Where(w => w.Length >= 5 && w.All(char.IsLetter))
            .GroupBy(w => w[0])
            .ToFrozenDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
        this.abbreviations = abbreviations.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The message with its words rewritten, or <paramref name="text"/> itself when none is.</summary>
    public NormalizedText Correct(NormalizedText text)
    {
        StringBuilder? rewritten = null;
        var copiedUpTo = 0;
        var lookUps = 0;
        for (var i = 0; i < text.TokenCount; i++)
        {
            var word = text.Words[i];
            var replacement = abbreviations.GetValueOrDefault(word) ?? Unglued(word);
            if (replacement is null && !known.Contains(word) && lookUps < MaxLookUps && word.Length >= 5 && word.All(char.IsLetter))
            {
                lookUps++;
                replacement = Closest(word);
            }

            if (replacement is null)
            {
                continue;
            }

            rewritten ??= new StringBuilder(text.Lower.Length + 16);
            rewritten.Append(text.Lower, copiedUpTo, text.TokenStarts[i] - copiedUpTo).Append(replacement);
            copiedUpTo = text.TokenEnds[i];
        }

        if (rewritten is null)
        {
            return text;
        }

        rewritten.Append(text.Lower, copiedUpTo, text.Lower.Length - copiedUpTo);
        return TextNormalizer.Normalize(rewritten.ToString());
    }

    /// <summary>A figure glued to its unit ("2yrs", "7y", "5ans", "55k") as two words, the unit itself read as any
    /// word; null for anything else.</summary>
    private string? Unglued(string word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits == word.Length || !word[digits..].All(char.IsLetter))
        {
            return null;
        }

        var unit = word[digits..];
        return word[..digits] + " " + (abbreviations.GetValueOrDefault(unit) ?? unit);
    }

    private string? Closest(string word)
    {
        if (!targets.TryGetValue(word[0], out var candidates))
        {
            return null;
        }

        var tolerance = EditDistance.Tolerance(word.Length);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var max = Math.Min(tolerance, EditDistance.Tolerance(candidate.Length));
            if (max == 0 || Math.Abs(candidate.Length - word.Length) > max || (word.Length <= ShortWord && word.Length > candidate.Length))
            {
                continue;
            }

            var distance = EditDistance.Distance(word, candidate);
            if (distance <= max && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }
}
