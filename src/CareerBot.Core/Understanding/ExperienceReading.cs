namespace CareerBot.Core.Understanding;

/// <summary>What a message says about years of experience.</summary>
/// <param name="Experience">Years stated with a unit, a start date or the word "experience".</param>
/// <param name="BareNumber">A plausible number of years with no unit ("6", "and with 12?").</param>
internal sealed record ExperienceReading(Experience? Experience, decimal? BareNumber)
{
    public static ExperienceReading None { get; } = new(null, null);
}
