namespace CareerBot.Core.Understanding;

/// <summary>What a message asks for; a message may ask for several.</summary>
[Flags]
public enum Requests
{
    /// <summary>Nothing recognised.</summary>
    None = 0,

    /// <summary>Pay ("salary", "how much").</summary>
    Salary = 1 << 0,

    /// <summary>Every salary band ("all salary ranges").</summary>
    Table = 1 << 1,

    /// <summary>What the job involves.</summary>
    Missions = 1 << 2,

    /// <summary>The qualities the job needs.</summary>
    Qualities = 1 << 3,

    /// <summary>Where the career leads.</summary>
    CareerPaths = 1 << 4,

    /// <summary>Which roles CareerBot knows.</summary>
    Roles = 1 << 5,

    /// <summary>Hello.</summary>
    Greeting = 1 << 6,

    /// <summary>What CareerBot can do.</summary>
    Help = 1 << 7,

    /// <summary>Thanks.</summary>
    Thanks = 1 << 8,

    /// <summary>Goodbye.</summary>
    Goodbye = 1 << 9,

    /// <summary>Drop the pending question.</summary>
    Cancel = 1 << 10,
}
