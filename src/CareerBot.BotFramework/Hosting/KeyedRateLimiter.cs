using System.Threading.RateLimiting;
using CareerBot.BotFramework.Telemetry;

namespace CareerBot.BotFramework.Hosting;

/// <summary>A sliding-window rate limit per key (a conversation, a token), built on System.Threading.RateLimiting: at
/// most <c>permitLimit</c> requests per key in any window, none queued; idle keys are forgotten by the library.</summary>
public sealed class KeyedRateLimiter : IDisposable
{
    private const int Segments = 6;

    private readonly PartitionedRateLimiter<string> limiter;
    private readonly TimeSpan segment;
    private readonly string policy;

    /// <summary>Creates the limiter; <paramref name="policy"/> names it in the rejections metric.</summary>
    public KeyedRateLimiter(string policy, int permitLimit, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.FromSeconds(1));
        this.policy = policy;
        segment = window / Segments;
        limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permitLimit,
            Window = window,
            SegmentsPerWindow = Segments,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>True when one more request is allowed for <paramref name="key"/>; otherwise false, counted in
    /// <c>careerbot.ratelimit.rejections</c>, with how long to wait.</summary>
    public bool TryAcquire(string key, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            retryAfter = TimeSpan.Zero;
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : segment;
        BotTelemetry.RateLimitRejections.Add(1, new KeyValuePair<string, object?>(BotTelemetry.Tags.Policy, policy));
        return false;
    }

    /// <inheritdoc />
    public void Dispose() => limiter.Dispose();
}
