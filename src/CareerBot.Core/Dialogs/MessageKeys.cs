using CareerBot.Core.Content;

namespace CareerBot.Core.Dialogs;

/// <summary>The keys of everything the bot says; the texts live in <c>dialogs/{language}/messages.md</c>.</summary>
public static class MessageKeys
{
    /// <summary>Welcome for a member who joins: what CareerBot can do.</summary>
    public static readonly MessageKey Welcome = new("welcome", "role");

    /// <summary>Welcome in a group chat or a channel: what CareerBot can do, and that it answers when mentioned.</summary>
    public static readonly MessageKey WelcomeGroup = new("welcome.group", "role");

    /// <summary>What CareerBot can do, with examples.</summary>
    public static readonly MessageKey Help = new("help", "role");

    /// <summary>Help while the bot waits for the years of experience.</summary>
    public static readonly MessageKey HelpWhileAskingYears = new("help.asking-years");

    /// <summary>Answer to a greeting.</summary>
    public static readonly MessageKey Greeting = new("greeting", "role");

    /// <summary>Answer to thanks.</summary>
    public static readonly MessageKey Thanks = new("thanks");

    /// <summary>The pending question was dropped.</summary>
    public static readonly MessageKey Cancelled = new("cancel.done");

    /// <summary>"Cancel" with nothing pending.</summary>
    public static readonly MessageKey NothingToCancel = new("cancel.nothing");

    /// <summary>Ask for the years of experience.</summary>
    public static readonly MessageKey AskYears = new("salary.ask-years");

    /// <summary>Invite the years of experience, after an answer that did not need them.</summary>
    public static readonly MessageKey TellYears = new("salary.tell-years");

    /// <summary>Ask again, with an example, after an answer that is not a duration.</summary>
    public static readonly MessageKey AskYearsAgain = new("salary.ask-years-again");

    /// <summary>Stop asking after repeated failures, and say how to ask again.</summary>
    public static readonly MessageKey StopAskingYears = new("salary.stop-asking");

    /// <summary>The band for the user's experience.</summary>
    public static readonly MessageKey SalaryBand = new("salary.band", "experience", "role", "country", "range", "monthly");

    /// <summary>Exactly at a boundary between two bands: both apply.</summary>
    public static readonly MessageKey SalaryBoundary = new("salary.boundary", "experience", "role", "country");

    /// <summary>A range of years spanning several bands.</summary>
    public static readonly MessageKey SalarySpan = new("salary.span", "experience", "role", "country");

    /// <summary>The whole table, with its lowest and highest figures (the card shows every band).</summary>
    public static readonly MessageKey SalaryTable = new("salary.table", "role", "country", "lowest", "first", "highest", "last");

    /// <summary>One band in a list.</summary>
    public static readonly MessageKey SalaryBandLine = new("salary.band-line", "band", "range", "monthly");

    /// <summary>What salaries depend on (the role file's sentence).</summary>
    public static readonly MessageKey SalaryContext = new("salary.context", "context");

    /// <summary>How to compare with another number of years.</summary>
    public static readonly MessageKey SalaryHint = new("salary.hint", "years");

    /// <summary>The highest figure of the table.</summary>
    public static readonly MessageKey SalaryHighest = new("salary.highest", "amount", "band", "range", "role");

    /// <summary>The lowest figure of the table.</summary>
    public static readonly MessageKey SalaryLowest = new("salary.lowest", "amount", "band", "range", "role");

    /// <summary>The first band, for beginners.</summary>
    public static readonly MessageKey SalaryFirstBand = new("salary.first-band", "band", "role", "country", "range", "monthly");

    /// <summary>The upper bands, for experienced people.</summary>
    public static readonly MessageKey SalaryUpperBands = new("salary.upper-bands", "role", "country");

    /// <summary>The middle bands, for mid-level people.</summary>
    public static readonly MessageKey SalaryMiddleBands = new("salary.middle-bands", "role", "country");

    /// <summary>Two figures side by side.</summary>
    public static readonly MessageKey SalaryCompare = new("salary.compare", "role", "country");

    /// <summary>One figure of a comparison.</summary>
    public static readonly MessageKey SalaryCompareLine = new("salary.compare-line", "experience", "range", "band");

    /// <summary>The user's pay is below the band.</summary>
    public static readonly MessageKey PayBelow = new("salary.pay-below", "pay");

    /// <summary>The user's pay is within the band.</summary>
    public static readonly MessageKey PayWithin = new("salary.pay-within", "pay");

    /// <summary>The user's pay is above the band.</summary>
    public static readonly MessageKey PayAbove = new("salary.pay-above", "pay");

    /// <summary>Negative years.</summary>
    public static readonly MessageKey ImplausibleNegative = new("salary.implausible-negative", "years");

    /// <summary>More years than anyone has.</summary>
    public static readonly MessageKey ImplausibleHigh = new("salary.implausible-high", "years", "top");

    /// <summary>The figures are gross.</summary>
    public static readonly MessageKey SalaryBasis = new("salary.basis", "country");

    /// <summary>The declared gross-to-net rate, with its source.</summary>
    public static readonly MessageKey NetRate = new("salary.net-rate", "rate", "source");

    /// <summary>A net estimate of a band.</summary>
    public static readonly MessageKey NetEstimate = new("salary.net-estimate", "range", "monthly", "rate", "source");

    /// <summary>A band's span of years ("2 to 5 years").</summary>
    public static readonly MessageKey BandSpan = new("band.span", "from", "to");

    /// <summary>The open last band's span ("over 15 years").</summary>
    public static readonly MessageKey BandOpen = new("band.open", "from");

    /// <summary>Years of experience: a figure that takes the singular ("1 year", "1,5 an").</summary>
    public static readonly MessageKey ExperienceOne = new("experience.one", "years");

    /// <summary>Years of experience: a single figure.</summary>
    public static readonly MessageKey ExperienceMany = new("experience.many", "years");

    /// <summary>Years of experience: a range.</summary>
    public static readonly MessageKey ExperienceRange = new("experience.range", "from", "to");

    /// <summary>Years of experience: an open figure ("5+").</summary>
    public static readonly MessageKey ExperienceOrMore = new("experience.or-more", "years");

    /// <summary>An amount of money.</summary>
    public static readonly MessageKey Money = new("format.money", "amount");

    /// <summary>A yearly range of money.</summary>
    public static readonly MessageKey MoneyRange = new("format.money-range", "min", "max");

    /// <summary>A monthly range of money.</summary>
    public static readonly MessageKey MonthlyRange = new("format.monthly-range", "min", "max");

    /// <summary>A percentage.</summary>
    public static readonly MessageKey Percent = new("format.percent", "value");

    /// <summary>The role's missions.</summary>
    public static readonly MessageKey Missions = new("missions", "role", "summary", "missions");

    /// <summary>The role's qualities.</summary>
    public static readonly MessageKey Qualities = new("qualities", "role", "qualities");

    /// <summary>The role's career paths.</summary>
    public static readonly MessageKey CareerPaths = new("career-paths", "role", "paths");

    /// <summary>One career path the user named is among the role's.</summary>
    public static readonly MessageKey CareerPathNamed = new("career-paths.named", "path", "role");

    /// <summary>The source of an answer, for channels that show no citation: the role file's article, by title.</summary>
    public static readonly MessageKey SourceLine = new("source.line", "title");

    /// <summary>The source of an answer, with the address the role file gives for its article.</summary>
    public static readonly MessageKey SourceLink = new("source.link", "title", "url");

    /// <summary>The roles CareerBot knows.</summary>
    public static readonly MessageKey Roles = new("roles", "roles", "role");

    /// <summary>What the article covers, after what it does not.</summary>
    public static readonly MessageKey LimitsOffer = new("limits.offer", "role");

    /// <summary>Goodbye.</summary>
    public static readonly MessageKey Goodbye = new("goodbye", "role");

    /// <summary>Another country than the one the figures describe.</summary>
    public static readonly MessageKey OtherCountry = new("out-of-scope.country", "country", "market");

    /// <summary>Another role than the ones CareerBot knows.</summary>
    public static readonly MessageKey OtherRole = new("out-of-scope.role", "role", "known");

    /// <summary>Not understood / out of scope.</summary>
    public static readonly MessageKey Fallback = new("fallback", "role");

    /// <summary>Empty text, emoji only, or markup only.</summary>
    public static readonly MessageKey EmptyMessage = new("input.empty", "role");

    /// <summary>A message too long to read.</summary>
    public static readonly MessageKey TooLong = new("input.too-long", "limit");

    /// <summary>Something failed on the bot's side.</summary>
    public static readonly MessageKey Error = new("error");

    /// <summary>Suggested action: salary (title, then the text it sends).</summary>
    public static readonly MessageKey ActionSalary = new("action.salary");

    /// <summary>The text the salary action sends.</summary>
    public static readonly MessageKey ActionSalaryValue = new("action.salary.value");

    /// <summary>Suggested action: missions.</summary>
    public static readonly MessageKey ActionMissions = new("action.missions");

    /// <summary>The text the missions action sends.</summary>
    public static readonly MessageKey ActionMissionsValue = new("action.missions.value");

    /// <summary>Suggested action: career paths.</summary>
    public static readonly MessageKey ActionCareerPaths = new("action.career-paths");

    /// <summary>The text the career-paths action sends.</summary>
    public static readonly MessageKey ActionCareerPathsValue = new("action.career-paths.value");

    /// <summary>Suggested action: the whole salary table.</summary>
    public static readonly MessageKey ActionAllSalaries = new("action.all-salaries");

    /// <summary>The text the salary-table action sends.</summary>
    public static readonly MessageKey ActionAllSalariesValue = new("action.all-salaries.value");

    /// <summary>Suggested action: qualities.</summary>
    public static readonly MessageKey ActionQualities = new("action.qualities");

    /// <summary>The text the qualities action sends.</summary>
    public static readonly MessageKey ActionQualitiesValue = new("action.qualities.value");

    /// <summary>The salary card's title.</summary>
    public static readonly MessageKey CardTitle = new("card.title", "role", "country");

    /// <summary>The salary card's column of years.</summary>
    public static readonly MessageKey CardYears = new("card.column.years");

    /// <summary>The salary card's column of yearly ranges.</summary>
    public static readonly MessageKey CardYearly = new("card.column.yearly");

    /// <summary>The salary card's column of monthly ranges.</summary>
    public static readonly MessageKey CardMonthly = new("card.column.monthly");

    /// <summary>The salary card's small print.</summary>
    public static readonly MessageKey CardNote = new("card.note", "country");

    /// <summary>The label of the card's years input.</summary>
    public static readonly MessageKey CardInputLabel = new("card.input.label");

    /// <summary>The placeholder of the card's years input.</summary>
    public static readonly MessageKey CardInputPlaceholder = new("card.input.placeholder");

    /// <summary>The card's button.</summary>
    public static readonly MessageKey CardButton = new("card.button");

    /// <summary>Every key; the content loader refuses to start when one is missing in a language.</summary>
    public static IReadOnlyCollection<MessageKey> All { get; } =
    [
        Welcome, WelcomeGroup, Help, HelpWhileAskingYears, Greeting, Thanks, Goodbye, Cancelled, NothingToCancel,
        AskYears, TellYears, AskYearsAgain, StopAskingYears,
        SalaryBand, SalaryBoundary, SalarySpan, SalaryTable, SalaryBandLine, SalaryContext, SalaryHint,
        SalaryHighest, SalaryLowest, SalaryFirstBand, SalaryUpperBands, SalaryMiddleBands, SalaryCompare, SalaryCompareLine,
        PayBelow, PayWithin, PayAbove, ImplausibleNegative, ImplausibleHigh, SalaryBasis, NetRate, NetEstimate,
        BandSpan, BandOpen, ExperienceOne, ExperienceMany, ExperienceRange, ExperienceOrMore,
        Money, MoneyRange, MonthlyRange, Percent,
        Missions, Qualities, CareerPaths, CareerPathNamed, SourceLine, SourceLink, Roles, LimitsOffer,
        OtherCountry, OtherRole, Fallback, EmptyMessage, TooLong, Error,
        ActionSalary, ActionSalaryValue, ActionMissions, ActionMissionsValue, ActionCareerPaths, ActionCareerPathsValue,
        ActionAllSalaries, ActionAllSalariesValue, ActionQualities, ActionQualitiesValue,
        CardTitle, CardYears, CardYearly, CardMonthly, CardNote, CardInputLabel, CardInputPlaceholder, CardButton,
    ];
}
