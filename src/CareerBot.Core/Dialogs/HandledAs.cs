namespace CareerBot.Core.Dialogs;

/// <summary>How a turn was handled, as metrics, traces and the operator page name it: declared once here, with the
/// words the operator page shows. Never user text.</summary>
/// <param name="Name">The normalised name ("salary-table").</param>
/// <param name="Label">The operator page's words for it ("Salary table").</param>
/// <param name="Unanswered">True when the user did not get what they asked for (the operator page lists these so that
/// authors know what to write next).</param>
public sealed record HandledAs(string Name, string Label, bool Unanswered = false)
{
    /// <summary>A member joined.</summary>
    public static readonly HandledAs Welcome = new("welcome", "Welcome");

    /// <summary>What CareerBot can do.</summary>
    public static readonly HandledAs Help = new("help", "Help");

    /// <summary>Hello.</summary>
    public static readonly HandledAs Greeting = new("greeting", "Greeting");

    /// <summary>Thanks.</summary>
    public static readonly HandledAs Thanks = new("thanks", "Thanks");

    /// <summary>Goodbye.</summary>
    public static readonly HandledAs Goodbye = new("goodbye", "Goodbye");

    /// <summary>The pending question dropped.</summary>
    public static readonly HandledAs Cancel = new("cancel", "Cancel");

    /// <summary>The roles CareerBot knows.</summary>
    public static readonly HandledAs Roles = new("roles", "Roles known");

    /// <summary>The role's missions.</summary>
    public static readonly HandledAs Missions = new("missions", "Missions");

    /// <summary>The role's qualities.</summary>
    public static readonly HandledAs Qualities = new("qualities", "Qualities");

    /// <summary>The role's career paths.</summary>
    public static readonly HandledAs CareerPaths = new("career-paths", "Career paths");

    /// <summary>A salary band for given years, or the question for them.</summary>
    public static readonly HandledAs Salary = new("salary", "Salary");

    /// <summary>Every salary band.</summary>
    public static readonly HandledAs SalaryTable = new("salary-table", "Salary table");

    /// <summary>The highest or lowest figure.</summary>
    public static readonly HandledAs SalaryExtreme = new("salary-extreme", "Highest or lowest salary");

    /// <summary>Figures side by side.</summary>
    public static readonly HandledAs SalaryCompare = new("salary-compare", "Salary comparison");

    /// <summary>Bands for a title (junior, senior) or a beginner.</summary>
    public static readonly HandledAs SalaryLevel = new("salary-level", "Salary by level");

    /// <summary>Gross or net.</summary>
    public static readonly HandledAs SalaryBasis = new("salary-basis", "Gross or net");

    /// <summary>Years no one can have.</summary>
    public static readonly HandledAs SalaryImplausible = new("salary-implausible", "Implausible years", Unanswered: true);

    /// <summary>The salary of a career path, which the content does not give.</summary>
    public static readonly HandledAs CareerPathSalary = new("career-path-salary", "Career path's salary", Unanswered: true);

    /// <summary>A topic the content does not cover.</summary>
    public static readonly HandledAs NotCovered = new("not-covered", "Not covered by the content", Unanswered: true);

    /// <summary>Another country.</summary>
    public static readonly HandledAs OtherCountry = new("out-of-scope-country", "Another country", Unanswered: true);

    /// <summary>Another role.</summary>
    public static readonly HandledAs OtherRole = new("out-of-scope-role", "Another role", Unanswered: true);

    /// <summary>The years were asked again, or the bot gave up asking.</summary>
    public static readonly HandledAs YearsUnclear = new("years-unclear", "Years of experience unclear", Unanswered: true);

    /// <summary>Not understood.</summary>
    public static readonly HandledAs Fallback = new("fallback", "Not understood", Unanswered: true);

    /// <summary>A message without words.</summary>
    public static readonly HandledAs Empty = new("empty", "Empty message");

    /// <summary>A message too long to read.</summary>
    public static readonly HandledAs TooLong = new("too-long", "Message too long");

    /// <summary>The conversation ended.</summary>
    public static readonly HandledAs End = new("end", "Conversation ended");

    /// <summary>Every name, for the operator page.</summary>
    public static IReadOnlyList<HandledAs> All { get; } =
    [
        Welcome, Help, Greeting, Thanks, Goodbye, Cancel, Roles, Missions, Qualities, CareerPaths, Salary, SalaryTable,
        SalaryExtreme, SalaryCompare, SalaryLevel, SalaryBasis, SalaryImplausible, CareerPathSalary, NotCovered,
        OtherCountry, OtherRole, YearsUnclear, Fallback, Empty, TooLong, End,
    ];

    /// <inheritdoc />
    public override string ToString() => Name;
}
