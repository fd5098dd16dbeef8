namespace CareerBot.Core.Content;

/// <summary>How the entries of a vocabulary section are written.</summary>
public enum VocabularyKind
{
    /// <summary>Words and phrases, separated by commas or line breaks ("how much, salary, pay").</summary>
    Phrases,

    /// <summary>Phrases with what they stand for, <c>phrase = value</c> ("usa = USA", "cb = combien").</summary>
    Map,

    /// <summary>Phrases with a number, <c>phrase = 12</c> ("march = 3", "a dozen = 12").</summary>
    Numbers,
}
