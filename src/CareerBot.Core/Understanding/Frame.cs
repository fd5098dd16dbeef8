using CareerBot.Core.Languages;

namespace CareerBot.Core.Understanding;

/// <summary>Everything one message asks and says, as far as CareerBot can tell: what it asks for, the kind of figure,
/// the years of experience, who and where it is about, topics the content does not cover, and the language to answer
/// in. Immutable; the dialogs answer the whole frame in one reply.</summary>
public sealed record Frame
{
    /// <summary>The language to answer in.</summary>
    public required Language Language { get; init; }

    /// <summary>What the message asks for.</summary>
    public Requests Requests { get; init; }

    /// <summary>The kind of salary figure asked.</summary>
    public Figures Figures { get; init; }

    /// <summary>Titles used instead of years ("junior", "senior").</summary>
    public Levels Levels { get; init; }

    /// <summary>The years of experience stated (with a unit, a start date, "experience", or "fresh graduate").</summary>
    public Experience? Experience { get; init; }

    /// <summary>A second number of years, to compare with the first ("3 vs 12 years").</summary>
    public Experience? OtherExperience { get; init; }

    /// <summary>Years stated that no one can have (negative, or over about 50), as written.</summary>
    public decimal? ImplausibleYears { get; init; }

    /// <summary>A plausible number with no unit ("7", "and with 12?"): years only as an answer or a follow-up.</summary>
    public decimal? BareNumber { get; init; }

    /// <summary>The message counts internships ("I've done 3 internships").</summary>
    public bool Internships { get; init; }

    /// <summary>A yearly pay the user states as theirs ("I earn 55k"), in the content's currency.</summary>
    public decimal? StatedPay { get; init; }

    /// <summary>Who the message asks about.</summary>
    public Subject Subject { get; init; } = Subject.None;

    /// <summary>Where the message asks about, when it names a place other than the home country as a whole.</summary>
    public Place? Place { get; init; }

    /// <summary>Topics the content does not cover ("remote"), by limit id.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>The message compares the career paths' pay ("which career path pays the most?"), which the content does
    /// not give: a career-path word and a comparing figure in the same clause.</summary>
    public bool ComparesCareerPaths { get; init; }

    /// <summary>The question is about the user themself ("what can I expect?").</summary>
    public bool Personal { get; init; }

    /// <summary>The user says they do not know ("not sure").</summary>
    public bool Unsure { get; init; }

    /// <summary>The message refers back to the conversation ("and with 12?", "what about in Paris?").</summary>
    public bool FollowUp { get; init; }

    /// <summary>The message holds at least one word.</summary>
    public bool HasWords { get; init; }

    /// <summary>Whether the message asks for any of <paramref name="requests"/>.</summary>
    public bool Asks(Requests requests) => (Requests & requests) != 0;

    /// <summary>Whether the message asks for the figure <paramref name="figures"/> (any of them).</summary>
    public bool Wants(Figures figures) => (Figures & figures) != 0;

    /// <summary>Whether the message says anything about pay: a salary request, a kind of figure, years, a title or a
    /// stated pay.</summary>
    public bool IsAboutPay =>
        Asks(Requests.Salary | Requests.Table) || Figures != Figures.None || Experience is not null || ImplausibleYears is not null
        || Levels != Levels.None || StatedPay is not null || Internships;
}
