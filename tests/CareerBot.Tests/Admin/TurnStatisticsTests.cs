using CareerBot.Admin.Statistics;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Tests.Admin;

/// <summary>The last hour in one-minute buckets: counts, rates, percentiles, and memory bounded whatever arrives.</summary>
public sealed class TurnStatisticsTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 3, 14, 9, 0, 30, TimeSpan.Zero));

    [Fact]
    public void Turns_are_counted_per_minute_and_minutes_older_than_an_hour_are_forgotten()
    {
        var statistics = new TurnStatistics(time);
        statistics.RecordTurns("msteams", "salary", "answered", "en", count: 3);
        time.Advance(TimeSpan.FromMinutes(1));
        statistics.RecordTurns("msteams", "help", "answered", "en");

        var now = statistics.Snapshot();

        Assert.Equal(60, now.Minutes.Count);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 9, 1, 0, TimeSpan.Zero), now.Minutes[^1].Start);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 8, 2, 0, TimeSpan.Zero), now.Minutes[0].Start);
        Assert.Equal([3L, 1L], now.Minutes.TakeLast(2).Select(m => m.Turns));
        Assert.Equal(4, now.Turns);

        time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(1, statistics.Snapshot().Turns);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, statistics.Snapshot().Turns);

        statistics.RecordTurns("msteams", "thanks", "answered", "en");
        var reused = statistics.Snapshot();
        Assert.Equal(1, reused.Turns);
        Assert.Equal("thanks", Assert.Single(reused.Intents).Name);
    }

    [Fact]
    public void The_fallback_rate_is_fallback_turns_over_all_turns_per_minute_and_over_the_hour()
    {
        var statistics = new TurnStatistics(time);
        statistics.RecordTurns("msteams", "salary", "answered", "en", count: 3);
        statistics.RecordTurns("msteams", "fallback", "fallback", "en");
        time.Advance(TimeSpan.FromMinutes(1));
        statistics.RecordTurns("webchat", "out-of-scope-role", "fallback", "fr");

        var stats = statistics.Snapshot();

        Assert.Equal(0.25, stats.Minutes[^2].FallbackRate);
        Assert.Equal(1.0, stats.Minutes[^1].FallbackRate);
        Assert.Null(stats.Minutes[0].FallbackRate);
        Assert.Equal(0.4, stats.FallbackRate);
        Assert.Equal(2, stats.Fallbacks);
    }

    [Fact]
    public void The_intent_mix_counts_every_turn_and_the_unanswered_only_fallbacks_most_frequent_first()
    {
        var statistics = new TurnStatistics(time);
        statistics.RecordTurns("msteams", "salary", "answered", "en", count: 5);
        statistics.RecordTurns("msteams", "salary", "fallback", "en");
        statistics.RecordTurns("msteams", "out-of-scope-country", "fallback", "en", count: 3);
        statistics.RecordTurns("msteams", "too-long", "fallback", "en");
        statistics.RecordTurns("msteams", "welcome", "silent", "en");

        var stats = statistics.Snapshot();

        Assert.Equal([new NamedCount("salary", 6), new NamedCount("out-of-scope-country", 3), new NamedCount("too-long", 1), new NamedCount("welcome", 1)], stats.Intents);
        Assert.Equal([new NamedCount("out-of-scope-country", 3), new NamedCount("salary", 1), new NamedCount("too-long", 1)], stats.Unanswered);
        Assert.Equal([new NamedCount("answered", 5), new NamedCount("fallback", 5), new NamedCount("silent", 1)], stats.Outcomes);
    }

    [Fact]
    public void Latency_percentiles_are_within_a_bucket_width_and_exact_for_one_value()
    {
        var statistics = new TurnStatistics(time);
        statistics.RecordTurnDuration(0.0421);
        var one = statistics.Snapshot().Latency;
        Assert.Equal(42.1, one.P50Ms!.Value, 6);
        Assert.Equal(42.1, one.P99Ms!.Value, 6);

        time.Advance(TimeSpan.FromMinutes(1));
        for (var ms = 1; ms <= 1000; ms++)
        {
            statistics.RecordTurnDuration(ms / 1000.0);
        }

        var minute = statistics.Snapshot().Minutes[^1].Latency;
        Assert.Equal(1000, minute.Count);
        Assert.InRange(minute.P50Ms!.Value, 500 / 1.19, 500 * 1.19);
        Assert.InRange(minute.P90Ms!.Value, 900 / 1.19, 900 * 1.19);
        Assert.InRange(minute.P99Ms!.Value, 990 / 1.19, 1000);
        Assert.Equal(1001, statistics.Snapshot().Latency.Count);
    }

    [Fact]
    public void Durations_beyond_the_buckets_and_nonsense_values_are_handled()
    {
        var histogram = new LatencyHistogram();
        histogram.Add(double.NaN);
        histogram.Add(-1);
        histogram.Add(double.PositiveInfinity);
        Assert.Equal(0, histogram.Count);
        Assert.Null(histogram.Quantile(0.5));

        histogram.Add(600);
        histogram.Add(0);
        Assert.Equal(600, histogram.Quantile(1));
        Assert.Equal(0, histogram.Quantile(0));
    }

    [Fact]
    public void Memory_stays_bounded_whatever_names_arrive()
    {
        var statistics = new TurnStatistics(time);
        for (var i = 0; i < 10_000; i++)
        {
            statistics.RecordTurns($"channel-{i}", $"intent-{i}", "fallback", $"l{i}");
        }

        var stats = statistics.Snapshot();

        Assert.Equal(10_000, stats.Turns);
        Assert.InRange(stats.Intents.Count, 1, 33);
        Assert.InRange(stats.Unanswered.Count, 1, 33);
        Assert.InRange(stats.Channels.Count, 1, 33);
        Assert.Equal(10_000 - 32, stats.Intents.Single(i => i.Name == BoundedCounts.Other).Count);
    }

    [Theory]
    [InlineData("salary", "salary")]
    [InlineData("Out-Of-Scope-Country", "out-of-scope-country")]
    [InlineData("what is the salary in Berlin", "other")]
    [InlineData("<script>", "other")]
    [InlineData("", "unknown")]
    [InlineData(null, "unknown")]
    [InlineData("an-intent-name-much-longer-than-forty-characters", "other")]
    public void Tag_values_are_normalised_names_never_free_text(string? value, string expected)
    {
        Assert.Equal(expected, TagValue.Normalise(value));
    }

    [Fact]
    public void What_could_not_be_answered_is_counted_per_language_the_language_with_most_fallbacks_first()
    {
        var statistics = new TurnStatistics(time);
        statistics.RecordTurns("msteams", "salary", "answered", "en", count: 4);
        statistics.RecordTurns("msteams", "out-of-scope-country", "fallback", "en");
        statistics.RecordTurns("webchat", "out-of-scope-role", "fallback", "fr", count: 2);
        time.Advance(TimeSpan.FromMinutes(1));
        statistics.RecordTurns("webchat", "fallback", "fallback", "fr");
        statistics.RecordTurns("webchat", "out-of-scope-role", "fallback", "fr");
        statistics.RecordTurns("webchat", "missions", "answered", "fr");

        var stats = statistics.Snapshot();

        Assert.Equal(["fr", "en"], stats.UnansweredByLanguage.Select(l => l.Language));
        var french = stats.UnansweredByLanguage[0];
        Assert.Equal(5, french.Turns);
        Assert.Equal(4, french.Fallbacks);
        Assert.Equal([new NamedCount("out-of-scope-role", 3), new NamedCount("fallback", 1)], french.Unanswered);
        var english = stats.UnansweredByLanguage[1];
        Assert.Equal(5, english.Turns);
        Assert.Equal(1, english.Fallbacks);
        Assert.Equal([new NamedCount("out-of-scope-country", 1)], english.Unanswered);
        Assert.Equal(3, stats.Unanswered.Single(u => u.Name == "out-of-scope-role").Count);
    }

    [Fact]
    public void With_every_turn_answered_no_language_is_listed()
    {
        var statistics = new TurnStatistics(time);
        statistics.RecordTurns("msteams", "salary", "answered", "en", count: 2);

        Assert.Empty(statistics.Snapshot().UnansweredByLanguage);
    }
}
