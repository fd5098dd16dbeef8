namespace CareerBot.Admin.Statistics;

/// <summary>Percentiles of durations, in milliseconds; null when nothing was measured.</summary>
/// <param name="Count">How many durations.</param>
/// <param name="P50Ms">The median.</param>
/// <param name="P90Ms">90% of durations are shorter.</param>
/// <param name="P99Ms">99% of durations are shorter.</param>
public sealed record LatencySummary(long Count, double? P50Ms, double? P90Ms, double? P99Ms)
{
    /// <summary>The percentiles of <paramref name="histogram"/>.</summary>
    public static LatencySummary Of(LatencyHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        return new(histogram.Count, Milliseconds(histogram.Quantile(0.5)), Milliseconds(histogram.Quantile(0.9)), Milliseconds(histogram.Quantile(0.99)));
    }

    private static double? Milliseconds(double? seconds) => seconds is { } s ? Math.Round(s * 1000, 3) : null;
}
