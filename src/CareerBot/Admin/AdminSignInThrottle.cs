using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CareerBot.Admin;

/// <summary>Counts the wrong keys each client address gives: past <c>Admin:MaxFailedAttemptsPerMinute</c> within a
/// minute of the first, every attempt from that address is refused (429) until the minute is over, so the key
/// cannot be guessed at speed. Bounded: stale windows are dropped when many addresses are tracked.</summary>
public sealed class AdminSignInThrottle
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);
    private readonly TimeProvider time;
    private readonly int limit;

    /// <summary>Creates the throttle from the <c>Admin</c> settings.</summary>
    public AdminSignInThrottle(IOptions<AdminOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        limit = Math.Max(1, options.Value.MaxFailedAttemptsPerMinute);
        this.time = time;
    }

    /// <summary>True when <paramref name="client"/> gave too many wrong keys this minute; then the wait.</summary>
    public bool IsBlocked(string client, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (!failures.TryGetValue(client, out var current))
        {
            return false;
        }

        var left = current.Start + Window - time.GetUtcNow();
        if (left <= TimeSpan.Zero || current.Count < limit)
        {
            return false;
        }

        retryAfter = left;
        return true;
    }

    /// <summary>Counts a wrong key from <paramref name="client"/>.</summary>
    public void RecordFailure(string client)
    {
        var now = time.GetUtcNow();
        failures.AddOrUpdate(
            client,
            _ => new Failures(now, 1),
            (_, current) => now - current.Start >= Window ? new Failures(now, 1) : current with { Count = current.Count + 1 });
        if (failures.Count > 10_000)
        {
            foreach (var (stale, old) in failures)
            {
                if (now - old.Start >= Window)
                {
                    failures.TryRemove(stale, out _);
                }
            }
        }
    }

    private sealed record Failures(DateTimeOffset Start, int Count);
}
