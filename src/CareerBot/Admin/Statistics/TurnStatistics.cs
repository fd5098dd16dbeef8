namespace CareerBot.Admin.Statistics;

/// <summary>The last hour of turns in one-minute buckets: how many, how they ended, what they were about, how long
/// they took. Sixty buckets of fixed size, reused as the minutes pass, so the memory is bounded whatever the traffic.
/// Thread-safe; fed by <see cref="TurnMetricsListener"/>.</summary>
public sealed class TurnStatistics
{
    /// <summary>How many minutes are kept, the current one included.</summary>
    public const int WindowMinutes = 60;

    /// <summary>The outcome of a turn the bot could not answer.</summary>
    public const string FallbackOutcome = "fallback";

    // Between a language and an intent in one count's name: never in a normalised name (see TagValue).
    private const char LanguageSeparator = ':';

    private readonly MinuteBucket[] buckets = new MinuteBucket[WindowMinutes];
    private readonly Lock gate = new();
    private readonly TimeProvider time;

    /// <summary>Creates empty statistics whose minutes are read from <paramref name="time"/>.</summary>
    public TurnStatistics(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        this.time = time;
        for (var i = 0; i < buckets.Length; i++)
        {
            buckets[i] = new MinuteBucket();
        }
    }

    /// <summary>Counts <paramref name="count"/> turns ending now. The values are normalised names (see
    /// <see cref="TagValue"/>).</summary>
    public void RecordTurns(string? channel, string? intent, string? outcome, string? language, long count = 1)
    {
        if (count <= 0)
        {
            return;
        }

        var normalisedIntent = TagValue.Normalise(intent);
        var normalisedOutcome = TagValue.Normalise(outcome);
        var normalisedChannel = TagValue.Normalise(channel);
        var normalisedLanguage = TagValue.Normalise(language);
        lock (gate)
        {
            var bucket = Current();
            bucket.Outcomes.Add(normalisedOutcome, count);
            bucket.Intents.Add(normalisedIntent, count);
            bucket.Channels.Add(normalisedChannel, count);
            bucket.Languages.Add(normalisedLanguage, count);
            if (normalisedOutcome == FallbackOutcome)
            {
                bucket.Unanswered.Add(normalisedIntent, count);
                bucket.UnansweredByLanguage.Add(normalisedLanguage + LanguageSeparator + normalisedIntent, count);
                bucket.FallbacksByLanguage.Add(normalisedLanguage, count);
            }
        }
    }

    /// <summary>Adds a turn's duration, in seconds.</summary>
    public void RecordTurnDuration(double seconds)
    {
        lock (gate)
        {
            Current().Latency.Add(seconds);
        }
    }

    /// <summary>Adds a recognition's duration, in seconds.</summary>
    public void RecordRecognitionDuration(double seconds)
    {
        lock (gate)
        {
            Current().Recognition.Add(seconds);
        }
    }

    /// <summary>Counts requests refused by the rate limit <paramref name="policy"/>.</summary>
    public void RecordRateLimitRejections(string? policy, long count = 1)
    {
        var normalised = TagValue.Normalise(policy);
        lock (gate)
        {
            Current().RateLimitRejections.Add(normalised, count);
        }
    }

    /// <summary>Counts replies given up (never delivered to a channel's connector) for <paramref name="reason"/>.</summary>
    public void RecordUndeliveredReplies(string? reason, long count = 1)
    {
        var normalised = TagValue.Normalise(reason);
        lock (gate)
        {
            Current().UndeliveredReplies.Add(normalised, count);
        }
    }

    /// <summary>The figures of the last <see cref="WindowMinutes"/> minutes, the current one last.</summary>
    public AdminStats Snapshot()
    {
        var now = time.GetUtcNow();
        var current = MinuteOf(now);
        var minutes = new List<MinuteStats>(WindowMinutes);
        var outcomes = new Dictionary<string, long>(StringComparer.Ordinal);
        var intents = new Dictionary<string, long>(StringComparer.Ordinal);
        var unanswered = new Dictionary<string, long>(StringComparer.Ordinal);
        var unansweredByLanguage = new Dictionary<string, long>(StringComparer.Ordinal);
        var fallbacksByLanguage = new Dictionary<string, long>(StringComparer.Ordinal);
        var channels = new Dictionary<string, long>(StringComparer.Ordinal);
        var languages = new Dictionary<string, long>(StringComparer.Ordinal);
        var rejections = new Dictionary<string, long>(StringComparer.Ordinal);
        var undelivered = new Dictionary<string, long>(StringComparer.Ordinal);
        var latency = new LatencyHistogram();
        var recognition = new LatencyHistogram();
        long turns = 0;
        long fallbacks = 0;
        lock (gate)
        {
            for (var minute = current - WindowMinutes + 1; minute <= current; minute++)
            {
                var start = DateTimeOffset.FromUnixTimeMilliseconds(minute * 60_000);
                var bucket = buckets[Index(minute)];
                if (bucket.Minute != minute)
                {
                    minutes.Add(new MinuteStats(start, 0, 0, null, [], LatencySummary.Of(new LatencyHistogram())));
                    continue;
                }

                var minuteOutcomes = new Dictionary<string, long>(StringComparer.Ordinal);
                bucket.Outcomes.AddTo(minuteOutcomes);
                var minuteTurns = bucket.Outcomes.Total;
                var minuteFallbacks = bucket.Outcomes[FallbackOutcome];
                minutes.Add(new MinuteStats(start, minuteTurns, minuteFallbacks, Rate(minuteFallbacks, minuteTurns), Sorted(minuteOutcomes), LatencySummary.Of(bucket.Latency)));
                turns += minuteTurns;
                fallbacks += minuteFallbacks;
                bucket.Outcomes.AddTo(outcomes);
                bucket.Intents.AddTo(intents);
                bucket.Unanswered.AddTo(unanswered);
                bucket.UnansweredByLanguage.AddTo(unansweredByLanguage);
                bucket.FallbacksByLanguage.AddTo(fallbacksByLanguage);
                bucket.Channels.AddTo(channels);
                bucket.Languages.AddTo(languages);
                bucket.RateLimitRejections.AddTo(rejections);
                bucket.UndeliveredReplies.AddTo(undelivered);
                latency.Add(bucket.Latency);
                recognition.Add(bucket.Recognition);
            }
        }

        return new AdminStats(
            now,
            WindowMinutes,
            turns,
            fallbacks,
            Rate(fallbacks, turns),
            LatencySummary.Of(latency),
            LatencySummary.Of(recognition),
            minutes,
            Sorted(intents),
            Sorted(unanswered),
            PerLanguage(languages, fallbacksByLanguage, unansweredByLanguage),
            Sorted(outcomes),
            Sorted(channels),
            Sorted(languages),
            Sorted(rejections),
            Sorted(undelivered));
    }

    private MinuteBucket Current()
    {
        var minute = MinuteOf(time.GetUtcNow());
        var bucket = buckets[Index(minute)];
        if (bucket.Minute != minute)
        {
            bucket.Reset(minute);
        }

        return bucket;
    }

    private static long MinuteOf(DateTimeOffset instant) => Math.DivRem(instant.ToUnixTimeMilliseconds(), 60_000L, out var remainder) - (remainder < 0 ? 1 : 0);

    private static int Index(long minute) => (int)(((minute % WindowMinutes) + WindowMinutes) % WindowMinutes);

    private static double? Rate(long part, long whole) => whole == 0 ? null : (double)part / whole;

    // The fallbacks of each language that had any, by intent ("fr:out-of-scope-role" → fr, out-of-scope-role). A name
    // counted as "other" once a bucket was full has no language: it is left out here, and counted in the totals.
    private static LanguageUnanswered[] PerLanguage(Dictionary<string, long> turns, Dictionary<string, long> fallbacks, Dictionary<string, long> unanswered)
    {
        var byLanguage = unanswered
            .Select(pair => (Parts: pair.Key.Split(LanguageSeparator, 2), Count: pair.Value))
            .Where(entry => entry.Parts.Length == 2)
            .ToLookup(entry => entry.Parts[0], entry => new NamedCount(entry.Parts[1], entry.Count), StringComparer.Ordinal);
        return
        [
            .. fallbacks
                .Select(pair => new LanguageUnanswered(
                    pair.Key,
                    turns.GetValueOrDefault(pair.Key),
                    pair.Value,
                    [.. byLanguage[pair.Key].OrderByDescending(count => count.Count).ThenBy(count => count.Name, StringComparer.Ordinal)]))
                .OrderByDescending(language => language.Fallbacks)
                .ThenBy(language => language.Language, StringComparer.Ordinal),
        ];
    }

    private static NamedCount[] Sorted(Dictionary<string, long> counts) =>
        [.. counts.Select(pair => new NamedCount(pair.Key, pair.Value)).OrderByDescending(count => count.Count).ThenBy(count => count.Name, StringComparer.Ordinal)];
}
