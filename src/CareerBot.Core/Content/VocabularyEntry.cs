namespace CareerBot.Core.Content;

/// <summary>One entry of a vocabulary section: a word or phrase as written, and for maps what it stands for.</summary>
/// <param name="Phrase">The word or phrase ("how much", "cb", "march"); "…" in a phrase stands for up to four words.</param>
/// <param name="Value">For <see cref="VocabularyKind.Map"/> and <see cref="VocabularyKind.Numbers"/>: the right-hand side.</param>
/// <param name="Source">Where the entry was written.</param>
public sealed record VocabularyEntry(string Phrase, string? Value, ContentSource Source);
