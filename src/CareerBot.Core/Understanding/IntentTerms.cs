namespace CareerBot.Core.Understanding;

/// <summary>The words that signal one intent in one language. Entries are written naturally (accents, apostrophes);
/// they are folded and tokenised when the vocabulary index is built.</summary>
/// <param name="Intent">The intent signalled.</param>
/// <param name="Words">Single words matched exactly (short or ambiguous words: "pay", "hi", "stop").</param>
/// <param name="FuzzyWords">Single words matched with typo tolerance ("salary" also matches "sallary").</param>
/// <param name="Phrases">Several words in a row ("how much", "laisse tomber").</param>
/// <param name="Patterns">Regular expressions over the token form (" what does a backend developer do ").</param>
public sealed record IntentTerms(
    Intent Intent,
    IReadOnlyList<string> Words,
    IReadOnlyList<string> FuzzyWords,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string>? Patterns = null);
