using CareerBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Hosting;

/// <summary>The per-conversation limit of <c>/api/messages</c> (policy <c>conversation</c>), applied once a request is
/// authenticated, so that forged requests cannot spend a real conversation's allowance.</summary>
public sealed class MessagesRateLimiter : IDisposable
{
    private readonly KeyedRateLimiter? limiter;

    /// <summary>Creates the limiter (none when the limit is 0).</summary>
    public MessagesRateLimiter(IOptions<RateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        if (settings.ConversationPermitLimit > 0)
        {
            limiter = new KeyedRateLimiter("conversation", settings.ConversationPermitLimit, settings.ConversationWindow);
        }
    }

    /// <summary>True when the activity's conversation may send one more; otherwise false and the wait.</summary>
    public bool TryAcquire(Activity activity, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (limiter is null)
        {
            retryAfter = TimeSpan.Zero;
            return true;
        }

        return limiter.TryAcquire(activity.ChannelId, activity.Conversation?.Id, out retryAfter);
    }

    /// <inheritdoc />
    public void Dispose() => limiter?.Dispose();
}
