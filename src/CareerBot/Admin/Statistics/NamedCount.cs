namespace CareerBot.Admin.Statistics;

/// <summary>A count under a normalised name (an intent, an outcome, a channel…; never user text).</summary>
/// <param name="Name">The name.</param>
/// <param name="Count">How many.</param>
public sealed record NamedCount(string Name, long Count);
