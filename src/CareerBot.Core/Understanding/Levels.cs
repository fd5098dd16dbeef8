namespace CareerBot.Core.Understanding;

/// <summary>Titles a message uses instead of years of experience.</summary>
[Flags]
public enum Levels
{
    /// <summary>No title.</summary>
    None = 0,

    /// <summary>Junior, beginner.</summary>
    Junior = 1 << 0,

    /// <summary>Senior, experienced.</summary>
    Senior = 1 << 1,

    /// <summary>Mid-level.</summary>
    Mid = 1 << 2,
}
