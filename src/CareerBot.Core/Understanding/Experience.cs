namespace CareerBot.Core.Understanding;

/// <summary>Years of experience the user stated.</summary>
/// <param name="Years">The years (or the lower end of a range), e.g. 3.5 for "3.5 years", 1.5 for "18 months".</param>
/// <param name="UpToYears">The upper end of a range ("between 3 and 4 years" → 4); null for a single figure.</param>
/// <param name="OrMore">True for open statements: "5+ yrs", "over 15 years", "at least 3 years", "plus de 10 ans".</param>
public sealed record Experience(decimal Years, decimal? UpToYears = null, bool OrMore = false)
{
    /// <summary>A single figure.</summary>
    public static Experience Exactly(decimal years) => new(years);
}
