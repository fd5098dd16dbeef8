using System.Collections.Frozen;

namespace CareerBot.Core.Understanding;

/// <summary>Finds which of many phrases occur in a message's tokens (<see cref="NormalizedText.Tokens"/>: words
/// joined by single spaces, padded with a space at each end). Phrases are filed under their first word, so a message
/// costs one look-up per word instead of one search per phrase (hundreds of countries and job titles).</summary>
/// <typeparam name="T">What a phrase stands for (an intent, a country's display name).</typeparam>
internal sealed class PhraseIndex<T>
{
    private readonly FrozenDictionary<string, Entry[]> byFirstWord;
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>Files <paramref name="phrases"/>, each a padded token string (" it project manager "); a phrase's
    /// place in the sequence is its rank, lower first.</summary>
    public PhraseIndex(IEnumerable<(string Phrase, T Value)> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        byFirstWord = phrases
            .Select((p, rank) => new Entry(p.Phrase, p.Value, rank))
            .Where(e => e.Phrase.Trim().Length > 0)
            .GroupBy(e => FirstWord(e.Phrase), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every occurrence of every phrase in <paramref name="tokens"/>, in order of position.</summary>
    public IEnumerable<Match> Matches(string tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var at = tokens.IndexOf(' ', StringComparison.Ordinal); at >= 0 && at < tokens.Length - 1; at = tokens.IndexOf(' ', at + 1))
        {
            var rest = tokens.AsSpan(at + 1);
            var length = rest.IndexOf(' ');
            if (length <= 0 || !lookup.TryGetValue(rest[..length], out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if (tokens.AsSpan(at).StartsWith(entry.Phrase, StringComparison.Ordinal))
                {
                    yield return new Match(at, entry.Phrase, entry.Value, entry.Rank);
                }
            }
        }
    }

    /// <summary>Whether any phrase occurs in <paramref name="tokens"/>.</summary>
    public bool Any(string tokens) => Matches(tokens).Any();

    /// <summary>The first occurrence of the best-ranked phrase that occurs and passes <paramref name="accept"/>.</summary>
    public Match? Best(string tokens, Func<Match, bool>? accept = null)
    {
        Match? best = null;
        foreach (var match in Matches(tokens))
        {
            if ((best is null || match.Rank < best.Value.Rank) && (accept is null || accept(match)))
            {
                best = match;
            }
        }

        return best;
    }

    private static string FirstWord(string phrase)
    {
        var words = phrase.TrimStart(' ');
        var end = words.IndexOf(' ', StringComparison.Ordinal);
        return end < 0 ? words : words[..end];
    }

    /// <summary>A phrase found at <paramref name="At"/> (the index of the space before its first word).</summary>
    /// <param name="At">Where the phrase, with its leading space, starts in the tokens.</param>
    /// <param name="Phrase">The phrase, padded.</param>
    /// <param name="Value">What it stands for.</param>
    /// <param name="Rank">Its place in the list the index was built from.</param>
    public readonly record struct Match(int At, string Phrase, T Value, int Rank);

    private sealed record Entry(string Phrase, T Value, int Rank);
}
