namespace CareerBot.Core.State;

/// <summary>What an answer was about.</summary>
public enum Topic
{
    /// <summary>Nothing yet.</summary>
    None,

    /// <summary>A salary band or the salary table.</summary>
    Salary,

    /// <summary>The role's missions.</summary>
    Missions,

    /// <summary>The role's qualities.</summary>
    Qualities,

    /// <summary>Career paths.</summary>
    CareerPaths,
}
