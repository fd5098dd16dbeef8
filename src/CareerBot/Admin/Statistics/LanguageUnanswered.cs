namespace CareerBot.Admin.Statistics;

/// <summary>What CareerBot could not answer in one language over the window.</summary>
/// <param name="Language">The language's normalised name (en, fr…).</param>
/// <param name="Turns">Turns in that language.</param>
/// <param name="Fallbacks">Those that ended in a fallback.</param>
/// <param name="Unanswered">The fallbacks by normalised intent, most frequent first.</param>
public sealed record LanguageUnanswered(string Language, long Turns, long Fallbacks, IReadOnlyList<NamedCount> Unanswered);
