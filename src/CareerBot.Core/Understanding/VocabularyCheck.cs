using CareerBot.Core.Content;

namespace CareerBot.Core.Understanding;

/// <summary>What recognition asks of the vocabularies beyond their files' shape (every phrase reads as words CareerBot
/// can match; an abbreviation is one word): checked with the content at start-up and by <c>check-content</c>, so that
/// a vocabulary problem stops start-up instead of the first turn.</summary>
public static class VocabularyCheck
{
    /// <summary>The problems recognition finds in <paramref name="catalog"/>'s vocabularies, each with its file and line.</summary>
    public static IReadOnlyList<ContentException> Problems(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        try
        {
            _ = VocabularyIndex.For(catalog);
            return [];
        }
        catch (ContentException problem)
        {
            return problem.Problems;
        }
    }
}
