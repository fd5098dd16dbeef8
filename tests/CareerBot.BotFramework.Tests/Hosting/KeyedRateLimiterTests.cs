using CareerBot.BotFramework.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.BotFramework.Tests.Hosting;

/// <summary>The per-key sliding window: a minute cut into six 10-second segments, limit 5.</summary>
public sealed class KeyedRateLimiterTests : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Starts on a segment boundary, so that "10 s later" is "the next segment".
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
    private readonly KeyedRateLimiter limiter;

    public KeyedRateLimiterTests()
    {
        limiter = new KeyedRateLimiter("test", 5, Window, time);
    }

    [Fact]
    public void A_key_gets_its_limit_then_waits_until_its_oldest_request_leaves_the_window()
    {
        Assert.All(Enumerable.Range(0, 5), i => Assert.True(limiter.TryAcquire("a", out _)));
        time.Advance(TimeSpan.FromSeconds(25));

        Assert.False(limiter.TryAcquire("a", out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(35), retryAfter);
        Assert.True(limiter.TryAcquire("b", out _));

        time.Advance(retryAfter);
        Assert.All(Enumerable.Range(0, 5), i => Assert.True(limiter.TryAcquire("a", out _)));
        Assert.False(limiter.TryAcquire("a", out _));
    }

    [Fact]
    public void The_window_slides_segment_by_segment()
    {
        Assert.All(Enumerable.Range(0, 3), i => Assert.True(limiter.TryAcquire("a", out _)));
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.All(Enumerable.Range(0, 2), i => Assert.True(limiter.TryAcquire("a", out _)));
        Assert.False(limiter.TryAcquire("a", out _));

        time.Advance(TimeSpan.FromSeconds(30));

        Assert.All(Enumerable.Range(0, 3), i => Assert.True(limiter.TryAcquire("a", out _)));
        Assert.False(limiter.TryAcquire("a", out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(30), retryAfter);
    }

    [Fact]
    public void Keys_idle_for_a_window_are_forgotten_and_start_afresh()
    {
        Assert.True(limiter.TryAcquire("idle", out _));
        time.Advance(TimeSpan.FromSeconds(50));
        Assert.True(limiter.TryAcquire("busy", out _));

        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(1, limiter.Count);
        Assert.True(limiter.TryAcquire("idle", out _));
    }

    [Fact]
    public async Task Concurrent_requests_of_one_key_get_exactly_the_limit()
    {
        using var many = new KeyedRateLimiter("test", 30, Window, time);

        var granted = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => many.TryAcquire("flood", out _))));

        Assert.Equal(30, granted.Count(g => g));
    }

    [Fact]
    public void A_key_is_both_its_parts_not_their_concatenation()
    {
        Assert.All(Enumerable.Range(0, 5), i => Assert.True(limiter.TryAcquire("ab", "c", out _)));
        Assert.False(limiter.TryAcquire("ab", "c", out _));

        Assert.True(limiter.TryAcquire("a", "bc", out _));
        Assert.True(limiter.TryAcquire("abc", out _));
    }

    [Fact]
    public void Long_keys_are_told_apart_by_their_last_character()
    {
        var prefix = new string('x', 5000);

        Assert.All(Enumerable.Range(0, 5), i => Assert.True(limiter.TryAcquire(prefix + "1", out _)));
        Assert.False(limiter.TryAcquire(prefix + "1", out _));

        Assert.True(limiter.TryAcquire(prefix + "2", out _));
        Assert.True(limiter.TryAcquire(prefix, out _));
    }

    [Fact]
    public void A_burst_of_new_keys_is_forgotten_a_window_later()
    {
        for (var i = 0; i < 20_000; i++)
        {
            Assert.True(limiter.TryAcquire("conversation-" + i, out _));
        }

        Assert.Equal(20_000, limiter.Count);

        time.Advance(Window);

        Assert.Equal(0, limiter.Count);
        Assert.True(limiter.TryAcquire("conversation-0", out _));
    }

    [Fact]
    public void Counting_a_request_of_a_known_key_allocates_nothing()
    {
        const string channel = "msteams";
        const string conversation = "19:meeting_abc@thread.v2";
        Assert.True(limiter.TryAcquire(channel, conversation, out _));

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(limiter.TryAcquire(channel, conversation, out _));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    public void Dispose() => limiter.Dispose();
}
