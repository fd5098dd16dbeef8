using System.Collections.Concurrent;
using CareerBot.BotFramework.Telemetry;

namespace CareerBot.BotFramework.Hosting;

/// <summary>A sliding-window rate limit per key (a conversation, a token): at most <c>permitLimit</c> requests per key
/// in any window, none queued. The window is cut into six segments, as System.Threading.RateLimiting's sliding
/// window does; a request counts in its segment until that segment leaves the window.</summary>
/// <remarks>Written for many short-lived keys: a conversation often sends one message. The library's partitioned
/// limiter keeps a limiter per key and visits every one of them ten times a second, which at thousands of new
/// conversations a second costs more than the turns themselves; here a key is a small counter, visited only when it
/// is used and once per window by a sweep that forgets idle keys.</remarks>
public sealed class KeyedRateLimiter : IDisposable
{
    private const int Segments = 6;

    private readonly ConcurrentDictionary<string, Counter> counters = new(StringComparer.Ordinal);
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
        sweeper = time.CreateTimer(_ => Sweep(), null, window, window);
    }

    /// <summary>How many keys are remembered (those used within the last window, until the next sweep).</summary>
    public int Count => counters.Count;

    /// <summary>True when one more request is allowed for <paramref name="key"/>; otherwise false, counted in
    /// <c>careerbot.ratelimit.rejections</c>, with how long to wait until a request leaves the window.</summary>
    public bool TryAcquire(string key, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = time.GetUtcNow();
        var current = now.Ticks / segment.Ticks;
        while (true)
        {
            var counter = counters.GetOrAdd(key, static _ => new Counter());
            lock (counter)
            {
                if (counter.Forgotten)
                {
                    continue;
                }

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
    }

    /// <summary>Forgets the keys none of whose requests is still in the window.</summary>
    public void Sweep()
    {
        var current = time.GetUtcNow().Ticks / segment.Ticks;
        foreach (var (key, counter) in counters)
        {
            lock (counter)
            {
                if (current - counter.Newest >= Segments)
                {
                    counter.Forgotten = true;
                    counters.TryRemove(new KeyValuePair<string, Counter>(key, counter));
                }
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => sweeper.Dispose();

    /// <summary>The requests of one key in the segments of the window ending with <see cref="Newest"/>; used under its
    /// own lock.</summary>
    private sealed class Counter
    {
        private readonly int[] counts = new int[Segments];

        /// <summary>The latest segment (a number of segment lengths since year 1) this counter moved to.</summary>
        public long Newest { get; private set; } = long.MinValue / 2;

        /// <summary>Requests in the window.</summary>
        public int Total { get; private set; }

        /// <summary>Removed by the sweep: whoever holds it takes a fresh counter.</summary>
        public bool Forgotten { get; set; }

        /// <summary>Slides the window to end with segment <paramref name="current"/>, dropping the segments that left.</summary>
        public void MoveTo(long current)
        {
            if (current <= Newest)
            {
                return;
            }

            if (current - Newest >= Segments)
            {
                Array.Clear(counts);
                Total = 0;
            }
            else
            {
                for (var s = Newest + 1; s <= current; s++)
                {
                    Total -= counts[s % Segments];
                    counts[s % Segments] = 0;
                }
            }

            Newest = current;
        }

        /// <summary>Counts a request in the newest segment.</summary>
        public void Add()
        {
            counts[Newest % Segments]++;
            Total++;
        }

        /// <summary>The oldest segment of the window holding a request (the newest when none does).</summary>
        public long OldestUsed()
        {
            for (var s = Newest - Segments + 1; s < Newest; s++)
            {
                if (counts[s % Segments] > 0)
                {
                    return s;
                }
            }

            return Newest;
        }
    }
}
