using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>Counts the activities each conversation's token posts per minute (a fixed one-minute window).</summary>
public sealed class DirectLineRateLimiter
{
    private readonly ConcurrentDictionary<string, Window> windows = new(StringComparer.Ordinal);
    private readonly TimeProvider time;
    private readonly int limit;

    /// <summary>Creates the limiter.</summary>
    public DirectLineRateLimiter(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        limit = options.Value.MaxActivitiesPerMinute;
        this.time = time;
    }

    /// <summary>True when one more activity is allowed for <paramref name="key"/>; otherwise false and the wait.</summary>
    public bool TryAcquire(string key, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        var window = windows.AddOrUpdate(
            key,
            _ => new Window(now, 1),
            (_, current) => now - current.Start >= TimeSpan.FromMinutes(1) ? new Window(now, 1) : current with { Count = current.Count + 1 });
        retryAfter = window.Start.AddMinutes(1) - now;
        if (windows.Count > 10_000)
        {
            foreach (var (stale, old) in windows)
            {
                if (now - old.Start >= TimeSpan.FromMinutes(1))
                {
                    windows.TryRemove(stale, out _);
                }
            }
        }

        return window.Count <= limit;
    }

    private sealed record Window(DateTimeOffset Start, int Count);
}
