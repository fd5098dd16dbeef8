using CareerBot.Core.Languages;

namespace CareerBot.Core.Understanding;

/// <summary>Understands a message in English or French: language, intent, years of experience, bare numbers,
/// another country or role, follow-ups. Deterministic, in-process and thread-safe: one instance serves every
/// request. Never throws on user text; only the first <see cref="TextNormalizer.MaxLength"/> characters are read.</summary>
public sealed class UtteranceRecognizer : IUtteranceRecognizer
{
    private readonly LanguageDetector languages;
    private readonly IntentClassifier intents;
    private readonly ExperienceExtractor experience;
    private readonly ScopeExtractor scope;
    private readonly VocabularyIndex index;

    /// <summary>Creates a recognizer with its own models.</summary>
    /// <param name="timeProvider">Today, for "since 2019".</param>
    public UtteranceRecognizer(TimeProvider timeProvider)
        : this(timeProvider, new RecognizerModels())
    {
    }

    /// <summary>Creates a recognizer sharing <paramref name="models"/> (build them once per process).</summary>
    /// <param name="timeProvider">Today, for "since 2019".</param>
    /// <param name="models">The recognizer models, built lazily once per culture.</param>
    public UtteranceRecognizer(TimeProvider timeProvider, RecognizerModels models)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(models);
        index = VocabularyIndex.Shared;
        languages = new LanguageDetector(index);
        intents = new IntentClassifier(index);
        experience = new ExperienceExtractor(index, models, timeProvider);
        scope = new ScopeExtractor(index);
    }

    /// <inheritdoc />
    public Utterance Recognize(string text, string? locale, Language? fallback = null)
    {
        var normalized = TextNormalizer.Normalize(text);
        var language = languages.Detect(normalized, locale, fallback);
        if (normalized.TokenCount == 0)
        {
            return new Utterance(language, intents.Classify(normalized, mentionsCareerPath: false));
        }

        var mentionsCareerPath = scope.MentionsCareerPath(normalized);
        var reading = experience.Extract(normalized, language);
        return new Utterance(
            language,
            intents.Classify(normalized, mentionsCareerPath),
            reading.Experience,
            reading.BareNumber,
            scope.Country(normalized),
            scope.OtherRole(normalized),
            index.FollowUp.IsMatch(normalized.Folded));
    }

    /// <inheritdoc />
    public void WarmUp(Language language, bool full = true)
    {
        ArgumentNullException.ThrowIfNull(language);

        // Builds (or waits for) the language's number model and runs the code every message takes.
        _ = Recognize(WarmUpSample(language), language.Code);
        if (full)
        {
            index.CompileRegexes();
        }
    }

    /// <summary>What the warm-up recognises in <paramref name="language"/>: a salary question with a start date and
    /// years of experience in words. The number model JIT-compiles its regexes for numbers in words on the first one
    /// it meets ("un développeur" holds one): 0.7 s in French, which would otherwise fall on a user's message.</summary>
    internal static string WarmUpSample(Language language) => language == Language.French
        ? "Quel est le salaire d'un développeur avec cinq ans et demi d'expérience, depuis 2019 ?"
        : "What is the salary of a developer with five and a half years of experience, since 2019?";
}
