namespace CareerBot.Core.Understanding;

/// <summary>Finds what is out of CareerBot's scope: another country than France, another job than backend developer.
/// The covered role's career paths ("IT project manager") are not other roles.</summary>
internal sealed class ScopeExtractor(VocabularyIndex index)
{
    /// <summary>The first country other than France named in <paramref name="text"/>, as the vocabulary spells it.</summary>
    public string? Country(NormalizedText text) =>
        index.Countries.Best(text.Tokens, found => found.Phrase is not " us " || IsCountryUs(text, found.At))?.Value;

    /// <summary>Whether <paramref name="text"/> names one of the covered role's career paths.</summary>
    public bool MentionsCareerPath(NormalizedText text) => index.CareerPathTitles.Any(text.Tokens);

    /// <summary>A job other than the covered role and its career paths, as the user wrote it (lower-cased).</summary>
    public string? OtherRole(NormalizedText text)
    {
        // Hide the covered role and its career paths so that "IT project manager" is not read as "manager".
        var tokens = Masked(text.Tokens, index.KnownRoles.Matches(text.Tokens));
        if (index.OtherJobTitles.Best(tokens) is { } title)
        {
            var first = text.TokenIndexAt(title.At + 1);
            return text.Span(first, first + title.Phrase.Count(c => c == ' ') - 2);
        }

        IReadOnlyList<string> words = ReferenceEquals(tokens, text.Tokens) ? text.Words : tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Count; i++)
        {
            if (index.JobNounsBefore.Contains(words[i]) && i > 0)
            {
                if (i > 1 && IsCompoundTail(words[i - 1]) && IsQualifier(words[i - 2]))
                {
                    return text.Span(i - 2, i);
                }

                if (IsQualifier(words[i - 1]))
                {
                    return text.Span(i - 1, i);
                }
            }

            if (index.JobNounsAfter.Contains(words[i]) && i + 1 < words.Count)
            {
                if (i + 2 < words.Count && IsCompoundTail(words[i + 2]) && IsQualifier(words[i + 1]))
                {
                    return text.Span(i, i + 2);
                }

                if (IsQualifier(words[i + 1]))
                {
                    return text.Span(i, i + 1);
                }
            }
        }

        return null;
    }

    /// <summary>The second half of a compound qualifier ("front end", "full stack", "machine learning").</summary>
    private static bool IsCompoundTail(string word) => word is "end" or "stack" or "side" or "learning" or "science" or "ops";

    private bool IsQualifier(string word) =>
        !index.NeutralQualifiers.Contains(word) && !word.StartsWith('#') && !word.All(char.IsDigit);

    /// <summary><paramref name="tokens"/> with the letters of each of <paramref name="phrases"/> replaced by '#',
    /// spaces kept so that word indices hold.</summary>
    private static string Masked(string tokens, IEnumerable<PhraseIndex<string>.Match> phrases)
    {
        char[]? masked = null;
        foreach (var phrase in phrases)
        {
            masked ??= tokens.ToCharArray();
            for (var i = phrase.At; i < phrase.At + phrase.Phrase.Length; i++)
            {
                if (masked[i] != ' ')
                {
                    masked[i] = '#';
                }
            }
        }

        return masked is null ? tokens : new string(masked);
    }

    private static bool IsCountryUs(NormalizedText text, int at)
    {
        var token = text.TokenIndexAt(at + 1);
        var written = text.Original.Substring(text.TokenStarts[token], text.TokenEnds[token] - text.TokenStarts[token]);
        return written == "US" || text.Tokens[..(at + 1)].EndsWith(" the ", StringComparison.Ordinal);
    }
}
