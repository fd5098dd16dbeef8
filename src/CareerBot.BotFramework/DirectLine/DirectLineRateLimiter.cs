using CareerBot.BotFramework.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>How many activities each conversation's token may post: <see cref="DirectLineOptions.MaxActivitiesPerMinute"/>
/// in any sliding minute (policy <c>directline-token</c>).</summary>
public sealed class DirectLineRateLimiter : IDisposable
{
    private readonly KeyedRateLimiter limiter;

    /// <summary>Creates the limiter.</summary>
    public DirectLineRateLimiter(IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        limiter = new KeyedRateLimiter("directline-token", Math.Max(1, options.Value.MaxActivitiesPerMinute), TimeSpan.FromMinutes(1));
    }

    /// <summary>True when one more activity is allowed for <paramref name="key"/>; otherwise false and the wait.</summary>
    public bool TryAcquire(string key, out TimeSpan retryAfter) => limiter.TryAcquire(key, out retryAfter);

    /// <inheritdoc />
    public void Dispose() => limiter.Dispose();
}
