namespace CareerBot.Core.Content;

/// <summary>Salary bands for one market, ordered by years of experience, contiguous and non-overlapping.</summary>
/// <param name="Country">The market the figures describe, as users read it ("France").</param>
/// <param name="Currency">ISO 4217 code of the figures ("EUR").</param>
/// <param name="Context">What the figures depend on (Markdown sentence from the article).</param>
/// <param name="Bands">The bands, youngest first; the last may be open-ended.</param>
public sealed record SalaryTable(string Country, string Currency, string Context, IReadOnlyList<SalaryBand> Bands);
