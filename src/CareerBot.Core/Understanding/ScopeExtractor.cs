namespace CareerBot.Core.Understanding;

/// <summary>Finds what is out of CareerBot's scope: another country than France, another job than backend developer.
/// The covered role's career paths ("IT project manager") are not other roles.</summary>
internal sealed class ScopeExtractor(VocabularyIndex index)
{
    /// <summary>The first country other than France named in <paramref name="text"/>, as the vocabulary spells it.</summary>
    public string? Country(NormalizedText text)
    {
        foreach (var (phrase, display) in index.Countries)
        {
            var at = text.Tokens.IndexOf(phrase, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            if (phrase is " us " && !IsCountryUs(text, at))
            {
                continue;
            }

            return display;
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> names one of the covered role's career paths.</summary>
    public bool MentionsCareerPath(NormalizedText text) =>
        index.CareerPathTitles.Any(p => text.Tokens.Contains(p, StringComparison.Ordinal));

    /// <summary>A job other than the covered role and its career paths, as the user wrote it (lower-cased).</summary>
    public string? OtherRole(NormalizedText text)
    {
        // Hide the covered role and its career paths so that "IT project manager" is not read as "manager".
        var tokens = text.Tokens;
        foreach (var phrase in index.CoveredRole.Concat(index.CareerPathTitles))
        {
            if (tokens.Contains(phrase, StringComparison.Ordinal))
            {
                tokens = tokens.Replace(phrase, Mask(phrase), StringComparison.Ordinal);
            }
        }

        foreach (var title in index.OtherJobTitles)
        {
            var at = tokens.IndexOf(title, StringComparison.Ordinal);
            if (at >= 0)
            {
                var first = text.TokenIndexAt(at + 1);
                return text.Span(first, first + title.Count(c => c == ' ') - 2);
            }
        }

        var words = tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
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

            if (index.JobNounsAfter.Contains(words[i]) && i + 1 < words.Length)
            {
                if (i + 2 < words.Length && IsCompoundTail(words[i + 2]) && IsQualifier(words[i + 1]))
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

    /// <summary>Replaces the letters of <paramref name="phrase"/> by '#', keeping its spaces so word indices hold.</summary>
    private static string Mask(string phrase) =>
        string.Create(phrase.Length, phrase, (span, p) =>
        {
            for (var i = 0; i < p.Length; i++)
            {
                span[i] = p[i] == ' ' ? ' ' : '#';
            }
        });

    private static bool IsCountryUs(NormalizedText text, int at)
    {
        var token = text.TokenIndexAt(at + 1);
        var written = text.Original.Substring(text.TokenStarts[token], text.TokenEnds[token] - text.TokenStarts[token]);
        return written == "US" || text.Tokens[..(at + 1)].EndsWith(" the ", StringComparison.Ordinal);
    }
}
