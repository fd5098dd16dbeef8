using CareerBot.Core.Languages;

namespace CareerBot.Core.Content;

/// <summary>The words CareerBot reads in one language (<c>dialogs/{code}/vocabulary.md</c>), by section.</summary>
/// <param name="Language">The language, as its front matter declares it.</param>
/// <param name="QualifierAfterJobNoun">True when a job's qualifier follows its noun ("développeur frontend"), false
/// when it comes before ("frontend developer").</param>
/// <param name="WarmUpSample">A typical question with a number in words and a date, read at start-up so that the
/// recognizers are ready before the first user's message.</param>
/// <param name="Sections">Every section's entries, by key ("salary", "topic.remote").</param>
public sealed record Vocabulary(Language Language, bool QualifierAfterJobNoun, string WarmUpSample, IReadOnlyDictionary<string, IReadOnlyList<VocabularyEntry>> Sections)
{
    /// <summary>The entries of <paramref name="key"/>; none when the section is absent.</summary>
    public IReadOnlyList<VocabularyEntry> this[VocabularyKey key] => Sections.GetValueOrDefault(key.Name, []);

    /// <summary>The phrases of <paramref name="key"/>.</summary>
    public IEnumerable<string> Phrases(VocabularyKey key) => this[key].Select(e => e.Phrase);

    /// <summary>The ids of the topics this language names (<c>## topic.remote</c> gives "remote").</summary>
    public IEnumerable<string> TopicIds =>
        Sections.Keys.Where(k => k.StartsWith(VocabularyKeys.TopicPrefix, StringComparison.Ordinal)).Select(k => k[VocabularyKeys.TopicPrefix.Length..]);
}
