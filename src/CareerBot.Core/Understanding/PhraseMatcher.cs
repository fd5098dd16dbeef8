using System.Collections.Frozen;

namespace CareerBot.Core.Understanding;

/// <summary>Finds many phrases at once in a message's words. Phrases are filed under their first word, so a message
/// costs one look-up per word, not one search per phrase (hundreds of them). A phrase may hold "…", which stands for
/// up to <see cref="MaxGap"/> words ("what does … do").</summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class PhraseMatcher<T>
{
    /// <summary>The most words "…" stands for.</summary>
    public const int MaxGap = 4;

    /// <summary>How "…" is written in a phrase's words.</summary>
    public const string Gap = "…";

    private readonly FrozenDictionary<string, Entry[]> byFirstWord;

    /// <summary>Files <paramref name="phrases"/>, each given as its words (already folded and tokenised).</summary>
    public PhraseMatcher(IEnumerable<(string[] Words, T Value)> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        byFirstWord = phrases
            .Where(p => p.Words.Length > 0 && p.Words[0] != Gap)
            .Select(p => new Entry(p.Words, p.Value))
            .GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Every occurrence of every phrase in <paramref name="words"/>, by position (a phrase with a gap is
    /// found once per start, with the shortest gap).</summary>
    public List<PhraseMatch<T>> Matches(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var found = new List<PhraseMatch<T>>();
        for (var start = 0; start < words.Count; start++)
        {
            if (!byFirstWord.TryGetValue(words[start], out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var end = MatchAt(entry.Words, 0, words, start);
                if (end > 0)
                {
                    found.Add(new PhraseMatch<T>(entry.Value, start, end));
                }
            }
        }

        return found;
    }

    /// <summary>Where <paramref name="phrase"/> from its word <paramref name="p"/> matches <paramref name="words"/> from
    /// <paramref name="w"/>: the index after the match, or -1.</summary>
    private static int MatchAt(string[] phrase, int p, IReadOnlyList<string> words, int w)
    {
        for (; p < phrase.Length; p++, w++)
        {
            if (phrase[p] == Gap)
            {
                for (var skip = 0; skip <= MaxGap && w + skip <= words.Count; skip++)
                {
                    var end = MatchAt(phrase, p + 1, words, w + skip);
                    if (end > 0)
                    {
                        return end;
                    }
                }

                return -1;
            }

            if (w >= words.Count || !string.Equals(phrase[p], words[w], StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return w;
    }

    private sealed record Entry(string[] Words, T Value);
}
