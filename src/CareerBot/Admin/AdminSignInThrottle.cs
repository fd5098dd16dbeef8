using Microsoft.Extensions.Options;

namespace CareerBot.Admin;

/// <summary>Counts the wrong keys each client address gives: past <c>Admin:MaxFailedAttemptsPerMinute</c> within a
/// minute of the first, every attempt from that address is refused (429) until the minute is over, so the key cannot be
/// guessed at speed. An attempt takes its place in the count before the key is checked (<see cref="TryBegin"/>) and
/// gives it back when the key was right (<see cref="Succeeded"/>): attempts made in parallel cannot all pass the check
/// before any of them is counted. Bounded: stale windows are dropped when many addresses are tracked.</summary>
public sealed class AdminSignInThrottle
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Dictionary<string, Failures> failures = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private readonly int limit;

    /// <summary>Creates the throttle from the <c>Admin</c> settings.</summary>
    public AdminSignInThrottle(IOptions<AdminOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        limit = Math.Max(1, options.Value.MaxFailedAttemptsPerMinute);
        this.time = time;
    }

    /// <summary>Counts an attempt of <paramref name="client"/> as failed until <see cref="Succeeded"/> says otherwise;
    /// false, with the wait, when it gave too many wrong keys this minute (then nothing is counted).</summary>
    public bool TryBegin(string client, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        retryAfter = TimeSpan.Zero;
        lock (gate)
        {
            if (!failures.TryGetValue(client, out var current) || now - current.Start >= Window)
            {
                Sweep(now);
                failures[client] = new Failures(now, 1);
                return true;
            }

            if (current.Count >= limit)
            {
                retryAfter = current.Start + Window - now;
                return false;
            }

            failures[client] = current with { Count = current.Count + 1 };
            return true;
        }
    }

    /// <summary>The attempt <see cref="TryBegin"/> counted had the right key: it is not a failure.</summary>
    public void Succeeded(string client)
    {
        lock (gate)
        {
            if (failures.TryGetValue(client, out var current) && current.Count > 0)
            {
                failures[client] = current with { Count = current.Count - 1 };
            }
        }
    }

    /// <summary>True when <paramref name="client"/> gave too many wrong keys this minute; then the wait.</summary>
    public bool IsBlocked(string client, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        retryAfter = TimeSpan.Zero;
        lock (gate)
        {
            if (!failures.TryGetValue(client, out var current) || now - current.Start >= Window || current.Count < limit)
            {
                return false;
            }

            retryAfter = current.Start + Window - now;
            return true;
        }
    }

    // Under the lock: forgets the windows that are over when many addresses are tracked.
    private void Sweep(DateTimeOffset now)
    {
        if (failures.Count <= 10_000)
        {
            return;
        }

        foreach (var (stale, old) in failures)
        {
            if (now - old.Start >= Window)
            {
                failures.Remove(stale);
            }
        }
    }

    private sealed record Failures(DateTimeOffset Start, int Count);
}
