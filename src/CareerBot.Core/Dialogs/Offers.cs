namespace CareerBot.Core.Dialogs;

/// <summary>The suggested actions CareerBot offers after an answer; an answer covers what it said, so that the actions
/// after it do not offer the same again.</summary>
[Flags]
public enum Offers
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>The salary for the user's years.</summary>
    Salary = 1 << 0,

    /// <summary>Every salary band.</summary>
    AllSalaries = 1 << 1,

    /// <summary>The missions.</summary>
    Missions = 1 << 2,

    /// <summary>The qualities.</summary>
    Qualities = 1 << 3,

    /// <summary>The career paths.</summary>
    CareerPaths = 1 << 4,
}
