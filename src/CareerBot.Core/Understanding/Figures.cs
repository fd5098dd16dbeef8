namespace CareerBot.Core.Understanding;

/// <summary>The kind of salary figure a message asks for; several may be asked at once ("net per month").</summary>
[Flags]
public enum Figures
{
    /// <summary>A band, or nothing particular.</summary>
    None = 0,

    /// <summary>The highest figure.</summary>
    Highest = 1 << 0,

    /// <summary>The lowest or starting figure.</summary>
    Lowest = 1 << 1,

    /// <summary>An average.</summary>
    Average = 1 << 2,

    /// <summary>A comparison (junior vs senior, 3 vs 12 years, my pay vs the band).</summary>
    Compare = 1 << 3,

    /// <summary>Whether the job pays well.</summary>
    WellPaid = 1 << 4,

    /// <summary>Net pay.</summary>
    Net = 1 << 5,

    /// <summary>Gross pay.</summary>
    Gross = 1 << 6,

    /// <summary>Per month.</summary>
    Monthly = 1 << 7,

    /// <summary>Per hour.</summary>
    Hourly = 1 << 8,

    /// <summary>Per day.</summary>
    Daily = 1 << 9,

    /// <summary>Freelance rates.</summary>
    Freelance = 1 << 10,

    /// <summary>A raise, being underpaid.</summary>
    Raise = 1 << 11,
}
