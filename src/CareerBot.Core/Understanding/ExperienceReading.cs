namespace CareerBot.Core.Understanding;

/// <summary>What a message says about years of experience and pay.</summary>
/// <param name="Experiences">Years stated with a unit, a start date, "experience" or "no experience", explicit ones
/// (naming experience) first.</param>
/// <param name="ImplausibleYears">Years stated that no one can have (negative, or over <see cref="ExperienceExtractor.MaxYears"/>).</param>
/// <param name="BareNumber">A number with no unit ("6", "and with 12?"), even beside stated years ("3 vs 12 years").</param>
/// <param name="StatedPay">A yearly amount of money ("55k", "52 000 €").</param>
internal sealed record ExperienceReading(IReadOnlyList<Experience> Experiences, decimal? ImplausibleYears, decimal? BareNumber, decimal? StatedPay)
{
    public static ExperienceReading None { get; } = new([], null, null, null);
}
