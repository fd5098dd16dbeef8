namespace CareerBot.Admin.Statistics;

/// <summary>What the operator page shows: the last hour of turns, minute by minute and in total.</summary>
/// <param name="GeneratedAt">When the figures were taken.</param>
/// <param name="WindowMinutes">How many minutes they cover (the current one included).</param>
/// <param name="Turns">Turns in the window.</param>
/// <param name="Fallbacks">Turns that ended in a fallback.</param>
/// <param name="FallbackRate">Fallbacks over turns (0 to 1); null when there was no turn.</param>
/// <param name="Latency">Turn durations over the window.</param>
/// <param name="Recognition">Recognition durations over the window.</param>
/// <param name="Minutes">Each minute, oldest first.</param>
/// <param name="Intents">Turns by normalised intent, most frequent first.</param>
/// <param name="Unanswered">Fallback turns by normalised intent (another country, another role, not understood…),
/// most frequent first.</param>
/// <param name="UnansweredByLanguage">The same per language, the language with the most fallbacks first.</param>
/// <param name="Outcomes">Turns by outcome.</param>
/// <param name="Channels">Turns by channel.</param>
/// <param name="Languages">Turns by language.</param>
/// <param name="RateLimitRejections">Requests refused by a rate limit, by policy.</param>
/// <param name="UndeliveredReplies">Replies given up (never delivered to a channel's connector), by reason.</param>
public sealed record AdminStats(
    DateTimeOffset GeneratedAt,
    int WindowMinutes,
    long Turns,
    long Fallbacks,
    double? FallbackRate,
    LatencySummary Latency,
    LatencySummary Recognition,
    IReadOnlyList<MinuteStats> Minutes,
    IReadOnlyList<NamedCount> Intents,
    IReadOnlyList<NamedCount> Unanswered,
    IReadOnlyList<LanguageUnanswered> UnansweredByLanguage,
    IReadOnlyList<NamedCount> Outcomes,
    IReadOnlyList<NamedCount> Channels,
    IReadOnlyList<NamedCount> Languages,
    IReadOnlyList<NamedCount> RateLimitRejections,
    IReadOnlyList<NamedCount> UndeliveredReplies);
