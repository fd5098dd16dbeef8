namespace CareerBot.Admin.Statistics;

/// <summary>The figures of one minute.</summary>
/// <param name="Start">When the minute began (UTC).</param>
/// <param name="Turns">How many turns ended in it.</param>
/// <param name="Fallbacks">How many of them ended in a fallback (not understood or out of scope).</param>
/// <param name="FallbackRate">Fallbacks over turns (0 to 1); null when there was no turn.</param>
/// <param name="Outcomes">The turns by outcome (answered, asked, fallback, silent, error).</param>
/// <param name="Latency">The turns' durations.</param>
public sealed record MinuteStats(DateTimeOffset Start, long Turns, long Fallbacks, double? FallbackRate, IReadOnlyList<NamedCount> Outcomes, LatencySummary Latency);
