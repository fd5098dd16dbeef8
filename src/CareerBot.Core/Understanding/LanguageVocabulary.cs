using CareerBot.Core.Languages;

namespace CareerBot.Core.Understanding;

/// <summary>Everything the understanding layer knows about the words of one language, in one place. Phrases are
/// written naturally; they are folded (accents optional) when the index is built.</summary>
public sealed record LanguageVocabulary
{
    /// <summary>The language these words belong to.</summary>
    public required Language Language { get; init; }

    /// <summary>Words that make a message likely to be in this language (stop words, frequent vocabulary).</summary>
    public required IReadOnlyList<string> SignalWords { get; init; }

    /// <summary>The terms of each intent.</summary>
    public required IReadOnlyList<IntentTerms> Intents { get; init; }

    /// <summary>Words introducing a follow-up ("and with", "what about", "et avec").</summary>
    public required IReadOnlyList<string> FollowUpOpeners { get; init; }

    /// <summary>Filler words ignored before a follow-up opener ("ok", "so", "alors").</summary>
    public required IReadOnlyList<string> Fillers { get; init; }

    /// <summary>Units meaning years ("years", "yrs", "ans", "années").</summary>
    public required IReadOnlyList<string> YearUnits { get; init; }

    /// <summary>Units meaning months.</summary>
    public required IReadOnlyList<string> MonthUnits { get; init; }

    /// <summary>Units meaning ten years.</summary>
    public required IReadOnlyList<string> DecadeUnits { get; init; }

    /// <summary>Words adding half a unit ("and a half", "et demi").</summary>
    public required IReadOnlyList<string> Halves { get; init; }

    /// <summary>Articles meaning one before a unit ("a year", "an year"); numbers the number model does not see.</summary>
    public required IReadOnlyList<string> OneArticles { get; init; }

    /// <summary>Words before a figure meaning "or more" ("over", "at least", "plus de").</summary>
    public required IReadOnlyList<string> OrMoreBefore { get; init; }

    /// <summary>Words after a figure meaning "or more" ("or more", "et plus").</summary>
    public required IReadOnlyList<string> OrMoreAfter { get; init; }

    /// <summary>Words before a figure meaning "less than" ("under", "moins de"): read as 0 up to the figure.</summary>
    public required IReadOnlyList<string> LessThanBefore { get; init; }

    /// <summary>Words opening a range whose ends are joined by "and" ("between", "entre").</summary>
    public required IReadOnlyList<string> RangeOpeners { get; init; }

    /// <summary>Words joining the two ends of a range ("to", "or", "à"); "-" is always a joiner.</summary>
    public required IReadOnlyList<string> RangeJoiners { get; init; }

    /// <summary>"and" in this language: a joiner only after a <see cref="RangeOpeners">range opener</see>.</summary>
    public required IReadOnlyList<string> RangeAnd { get; init; }

    /// <summary>Words right before a figure that make it an age ("I'm", "aged").</summary>
    public required IReadOnlyList<string> AgeBefore { get; init; }

    /// <summary>Words right after a figure (and its unit) that make it an age ("years old").</summary>
    public required IReadOnlyList<string> AgeAfter { get; init; }

    /// <summary>Words before "N years" that make it an age unless experience is named ("j'ai 41 ans").</summary>
    public required IReadOnlyList<string> AmbiguousAgeBefore { get; init; }

    /// <summary>Words naming experience near a figure ("experience", "d'expérience").</summary>
    public required IReadOnlyList<string> ExperienceWords { get; init; }

    /// <summary>Units that make a figure something else than years ("euros", "k", "days").</summary>
    public required IReadOnlyList<string> OtherUnits { get; init; }

    /// <summary>Words saying a date is when the career started ("since", "began", "depuis").</summary>
    public required IReadOnlyList<string> StartWords { get; init; }

    /// <summary>Month names ("march", "mars"), read with a year ("since March 2015") or alone ("since January").</summary>
    public required IReadOnlyList<string> MonthNames { get; init; }

    /// <summary>Phrases naming last year ("last year", "l'an dernier"), read after a start word as a year ago.</summary>
    public required IReadOnlyList<string> LastYear { get; init; }

    /// <summary>Phrases naming this year ("this year", "cette année"), read after a start word as under a year.</summary>
    public required IReadOnlyList<string> ThisYear { get; init; }

    /// <summary>Words of relative dates ("last year", "il y a", "début de l'année"): only then, when no written date
    /// is found, is the DateTime model worth running after a start word.</summary>
    public required IReadOnlyList<string> RelativeDateWords { get; init; }

    /// <summary>Phrases meaning no experience at all ("just graduated", "débutant").</summary>
    public required IReadOnlyList<string> NoExperience { get; init; }

    /// <summary>Countries as users write them, with the name to report ("usa" → "USA").</summary>
    public required IReadOnlyDictionary<string, string> Countries { get; init; }

    /// <summary>Names of the home country, which are in scope ("France").</summary>
    public required IReadOnlyList<string> HomeCountry { get; init; }

    /// <summary>Names of the covered role ("backend developer"); never another role.</summary>
    public required IReadOnlyList<string> CoveredRole { get; init; }

    /// <summary>The covered role's career paths ("IT project manager"): asking to become one is a career question,
    /// not another role.</summary>
    public required IReadOnlyList<string> CareerPathTitles { get; init; }

    /// <summary>Common job titles other than the covered role ("nurse", "data scientist").</summary>
    public required IReadOnlyList<string> OtherJobTitles { get; init; }

    /// <summary>Generic job nouns ("developer", "engineer") that a qualifier turns into a role ("frontend developer").</summary>
    public required IReadOnlyList<string> JobNouns { get; init; }

    /// <summary>True when the qualifier comes after the job noun ("développeur frontend"), false when before.</summary>
    public required bool QualifierAfterJobNoun { get; init; }

    /// <summary>Words next to a job noun that do not make another role ("senior", "backend", "a").</summary>
    public required IReadOnlyList<string> NeutralQualifiers { get; init; }
}
