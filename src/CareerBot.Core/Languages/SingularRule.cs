namespace CareerBot.Core.Languages;

/// <summary>Which counts take the singular in a language ("1 year" but "2 years"; "1,5 an" but "2 ans").</summary>
public enum SingularRule
{
    /// <summary>Only exactly one (English).</summary>
    One,

    /// <summary>Zero up to, but not including, two (French).</summary>
    BelowTwo,
}
