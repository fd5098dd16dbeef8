namespace CareerBot.Core.Content;

/// <summary>Gross annual pay for a span of years of experience.</summary>
/// <param name="FromYears">Lower bound of experience, in years.</param>
/// <param name="ToYears">Upper bound of experience, in years; null for the open last band ("over 15 years").</param>
/// <param name="Minimum">Lowest gross annual salary of the band.</param>
/// <param name="Maximum">Highest gross annual salary of the band.</param>
/// <param name="Source">Where the band was read from.</param>
public sealed record SalaryBand(decimal FromYears, decimal? ToYears, decimal Minimum, decimal Maximum, ContentSource Source);
