namespace CareerBot.Core.Understanding;

/// <summary>Finds the main intent of a message from the vocabulary tables, tolerating typos and missing accents.
/// When several intents appear the most specific wins: Cancel, Help (only when the message is mostly a request for
/// help), AllSalaries, Salary, CareerPaths, Missions, Qualities, Greeting, Thanks.</summary>
internal sealed class IntentClassifier(VocabularyIndex index)
{
    private static readonly Intent[] Priority =
    [
        Intent.AllSalaries, Intent.Salary, Intent.CareerPaths, Intent.Missions, Intent.Qualities, Intent.Greeting,
        Intent.Thanks,
    ];

    private static readonly Intent[] Content =
        [Intent.AllSalaries, Intent.Salary, Intent.CareerPaths, Intent.Missions, Intent.Qualities];

    /// <summary>The intent of <paramref name="text"/>; <paramref name="mentionsCareerPath"/> is true when the text
    /// names one of the covered role's career paths ("IT project manager").</summary>
    public Intent Classify(NormalizedText text, bool mentionsCareerPath)
    {
        if (text.TokenCount == 0)
        {
            return text.Original.Contains('?', StringComparison.Ordinal) ? Intent.Help : Intent.None;
        }

        var found = new HashSet<Intent>();
        var helpPhrase = false;
        foreach (var word in text.Words)
        {
            if (index.ExactWords.TryGetValue(word, out var intents))
            {
                found.UnionWith(intents);
                continue;
            }

            var tolerance = EditDistance.Tolerance(word.Length);
            if (tolerance == 0)
            {
                continue;
            }

            foreach (var (candidate, intent) in index.FuzzyWords.GetValueOrDefault(word[0], []))
            {
                if (EditDistance.IsWithin(word, candidate, Math.Min(tolerance, EditDistance.Tolerance(candidate.Length))))
                {
                    found.Add(intent);
                }
            }
        }

        foreach (var phrase in index.Phrases.Matches(text.Tokens))
        {
            found.Add(phrase.Value);
            helpPhrase |= phrase.Value == Intent.Help;
        }

        foreach (var (pattern, intent) in index.Patterns)
        {
            if (pattern.IsMatch(text.Tokens))
            {
                found.Add(intent);
            }
        }

        if (mentionsCareerPath)
        {
            found.Add(Intent.CareerPaths);
        }

        var hasContent = Content.Any(found.Contains);
        if (found.Contains(Intent.Cancel) && (text.TokenCount <= 6 || !hasContent))
        {
            return Intent.Cancel;
        }

        if (found.Contains(Intent.Help) && (helpPhrase ? !found.Contains(Intent.Salary) : !hasContent) && text.TokenCount <= 8)
        {
            return Intent.Help;
        }

        return Priority.FirstOrDefault(found.Contains, Intent.None);
    }
}
