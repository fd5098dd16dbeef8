namespace CareerBot.Admin.Statistics;

/// <summary>The counts and durations of one minute. Not thread-safe: <see cref="TurnStatistics"/> guards it.</summary>
internal sealed class MinuteBucket
{
    /// <summary>How many names each count keeps (intents, channels…) before counting the rest as "other".</summary>
    private const int NamesPerCount = 32;

    /// <summary>The minute held (minutes since the Unix epoch), or -1 when none.</summary>
    public long Minute { get; private set; } = -1;

    public BoundedCounts Outcomes { get; } = new(NamesPerCount);

    public BoundedCounts Intents { get; } = new(NamesPerCount);

    public BoundedCounts Unanswered { get; } = new(NamesPerCount);

    /// <summary>Fallback turns by language and intent, counted under "language:intent".</summary>
    public BoundedCounts UnansweredByLanguage { get; } = new(NamesPerCount * 2);

    /// <summary>Fallback turns by language.</summary>
    public BoundedCounts FallbacksByLanguage { get; } = new(NamesPerCount);

    public BoundedCounts Channels { get; } = new(NamesPerCount);

    public BoundedCounts Languages { get; } = new(NamesPerCount);

    public BoundedCounts RateLimitRejections { get; } = new(NamesPerCount);

    public BoundedCounts UndeliveredReplies { get; } = new(NamesPerCount);

    public LatencyHistogram Latency { get; } = new();

    public LatencyHistogram Recognition { get; } = new();

    /// <summary>Empties the bucket to hold <paramref name="minute"/>.</summary>
    public void Reset(long minute)
    {
        Minute = minute;
        Outcomes.Clear();
        Intents.Clear();
        Unanswered.Clear();
        UnansweredByLanguage.Clear();
        FallbacksByLanguage.Clear();
        Channels.Clear();
        Languages.Clear();
        RateLimitRejections.Clear();
        UndeliveredReplies.Clear();
        Latency.Clear();
        Recognition.Clear();
    }
}
