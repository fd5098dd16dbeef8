namespace CareerBot.Core.Dialogs;

/// <summary>The limits the dialogs say, by id: every role file states each in its <c>{#limits}</c> section (besides
/// one per topic of the vocabularies).</summary>
public static class LimitIds
{
    /// <summary>What the figures are: gross annual employee salaries for the country as a whole.</summary>
    public const string Scope = "scope";

    /// <summary>No net pay.</summary>
    public const string Net = "net";

    /// <summary>No hourly or daily rates.</summary>
    public const string Rates = "rates";

    /// <summary>No freelance rates.</summary>
    public const string Freelance = "freelance";

    /// <summary>No figures by region or city.</summary>
    public const string Regions = "regions";

    /// <summary>No average.</summary>
    public const string Average = "average";

    /// <summary>Years, not titles.</summary>
    public const string Seniority = "seniority";

    /// <summary>No salaries for the career paths.</summary>
    public const string CareerPathSalaries = "career-path-salaries";

    /// <summary>Not how to move into a career path.</summary>
    public const string CareerPathHow = "career-path-how";

    /// <summary>How internships count.</summary>
    public const string Internships = "internships";

    /// <summary>No advice on pay.</summary>
    public const string Advice = "advice";

    /// <summary>Every limit the dialogs say.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Scope, Net, Rates, Freelance, Regions, Average, Seniority, CareerPathSalaries, CareerPathHow, Internships, Advice];
}
