namespace CareerBot.Core.Content;

/// <summary>A role file's declared gross-to-net rate, with where it comes from: net figures are estimates from it.</summary>
/// <param name="Rate">Net before income tax as a share of gross (0.78 for 78%).</param>
/// <param name="Source">Where the rate comes from, as users read it.</param>
public sealed record NetRate(decimal Rate, string Source);
