namespace CareerBot.Benchmarks;

/// <summary>A clock stopped at one instant, in UTC, so that "since 2019" is the same number of years in every run.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    /// <summary>"Today" for the benchmarks, the day the workload's expected answers hold for.</summary>
    public static FixedTimeProvider Today { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now;
}
