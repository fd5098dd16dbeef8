using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CareerBot.BotFramework.Telemetry;

namespace CareerBot.BotFramework.Hosting;

/// <summary>A sliding-window rate limit per key (a conversation, a token): at most <c>permitLimit</c> requests per key
/// in any window, none queued. The window is cut into six segments, as System.Threading.RateLimiting's sliding
/// window does; a request counts in its segment until that segment leaves the window.</summary>
/// <remarks>Written for many short-lived keys: a conversation often sends one message, so under load most keys are
/// new. The library's partitioned limiter keeps a limiter object per key and visits every one of them ten times a
/// second. Here a key is remembered as its <see cref="KeyHash"/> beside a counter of plain numbers, in dictionaries
/// that hold no references at all: however many keys there are, the garbage collector has nothing in them to trace,
/// and a request allocates nothing. A key is visited only when it is used and once per segment by a sweep that
/// forgets the keys idle for a whole window.</remarks>
public sealed class KeyedRateLimiter : IDisposable
{
    private const int Segments = 6;

    // Keys are spread over shards by their hash, each with its own lock, so that concurrent requests rarely wait and
    // a shard that grows or is swept holds up only its own keys.
    private const int ShardCount = 32;

    private readonly Shard[] shards = CreateShards();
    private readonly KeyHash hash = new();
    private readonly string policy;
    private readonly int permitLimit;
    private readonly TimeSpan segment;
    private readonly TimeProvider time;
    private readonly ITimer sweeper;

    /// <summary>Creates the limiter; <paramref name="policy"/> names it in the rejections metric.</summary>
    public KeyedRateLimiter(string policy, int permitLimit, TimeSpan window, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.FromSeconds(1));
        this.policy = policy;
        this.permitLimit = permitLimit;
        segment = window / Segments;
        time = timeProvider ?? TimeProvider.System;
        sweeper = time.CreateTimer(_ => Sweep(), null, segment, segment);
    }

    /// <summary>How many keys are remembered (those used within the last window, until the next sweep).</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var shard in shards)
            {
                lock (shard.Lock)
                {
                    count += shard.Counters.Count;
                }
            }

            return count;
        }
    }

    /// <summary>True when one more request is allowed for <paramref name="key"/>; otherwise false, counted in
    /// <c>careerbot.ratelimit.rejections</c>, with how long to wait until a request leaves the window.</summary>
    public bool TryAcquire(ReadOnlySpan<char> key, out TimeSpan retryAfter) => TryAcquire([], key, out retryAfter);

    /// <summary>As <see cref="TryAcquire(ReadOnlySpan{char}, out TimeSpan)"/> for the key made of
    /// <paramref name="scope"/> and <paramref name="key"/> (a channel and a conversation in it): two keys are the same
    /// only when both parts are.</summary>
    public bool TryAcquire(ReadOnlySpan<char> scope, ReadOnlySpan<char> key, out TimeSpan retryAfter)
    {
        var id = hash.Of(scope, key);
        var now = time.GetUtcNow();
        var current = now.Ticks / segment.Ticks;
        var shard = shards[(int)(id.Low % ShardCount)];
        lock (shard.Lock)
        {
            ref var counter = ref CollectionsMarshal.GetValueRefOrAddDefault(shard.Counters, id, out _);
            counter.MoveTo(current);
            if (counter.Total < permitLimit)
            {
                counter.Add();
                retryAfter = TimeSpan.Zero;
                return true;
            }

            // The oldest counted segment leaves the window at the end of the segment Segments later.
            var freedAt = new DateTimeOffset((counter.OldestUsed() + Segments) * segment.Ticks, TimeSpan.Zero);
            retryAfter = freedAt > now ? freedAt - now : segment;
        }

        BotTelemetry.RateLimitRejections.Add(1, new KeyValuePair<string, object?>(BotTelemetry.Tags.Policy, policy));
        return false;
    }

    /// <summary>Forgets the keys none of whose requests is still in the window, and gives back the room a burst of
    /// keys took once they are gone.</summary>
    public void Sweep()
    {
        var current = time.GetUtcNow().Ticks / segment.Ticks;
        foreach (var shard in shards)
        {
            lock (shard.Lock)
            {
                foreach (var (id, counter) in shard.Counters)
                {
                    if (current - counter.Newest >= Segments)
                    {
                        shard.Counters.Remove(id);
                    }
                }

                if (shard.Counters.Count < shard.Counters.Capacity / 4)
                {
                    shard.Counters.TrimExcess();
                }
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => sweeper.Dispose();

    private static Shard[] CreateShards()
    {
        var shards = new Shard[ShardCount];
        for (var i = 0; i < shards.Length; i++)
        {
            shards[i] = new Shard();
        }

        return shards;
    }

    private sealed class Shard
    {
        public Lock Lock { get; } = new();

        public Dictionary<KeyHash.Id, Counter> Counters { get; } = [];
    }

    /// <summary>The requests of one key in each segment of the window ending with <see cref="Newest"/>. A fresh
    /// (default) counter stands at segment 0, the first minute of year 1, older than any window: its first move clears
    /// it.</summary>
    private struct Counter
    {
        private SegmentCounts counts;

        /// <summary>The latest segment (a number of segment lengths since year 1) this counter moved to.</summary>
        public long Newest { readonly get; private set; }

        /// <summary>Requests in the window.</summary>
        public readonly int Total
        {
            get
            {
                var total = 0;
                foreach (var count in counts)
                {
                    total += count;
                }

                return total;
            }
        }

        /// <summary>Slides the window to end with segment <paramref name="current"/>, dropping the segments that left.</summary>
        public void MoveTo(long current)
        {
            if (current <= Newest)
            {
                return;
            }

            if (current - Newest >= Segments)
            {
                counts = default;
            }
            else
            {
                for (var s = Newest + 1; s <= current; s++)
                {
                    counts[(int)(s % Segments)] = 0;
                }
            }

            Newest = current;
        }

        /// <summary>Counts a request in the newest segment.</summary>
        public void Add() => counts[(int)(Newest % Segments)]++;

        /// <summary>The oldest segment of the window holding a request (the newest when none does).</summary>
        public readonly long OldestUsed()
        {
            for (var s = Newest - Segments + 1; s < Newest; s++)
            {
                if (counts[(int)(s % Segments)] > 0)
                {
                    return s;
                }
            }

            return Newest;
        }
    }

    [InlineArray(Segments)]
    private struct SegmentCounts
    {
        private int count;
    }
}
