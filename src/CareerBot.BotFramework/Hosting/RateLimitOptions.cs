namespace CareerBot.BotFramework.Hosting;

/// <summary>The <c>RateLimiting</c> settings: limits no person typing reaches, which stop floods and scripts.</summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "RateLimiting";

    /// <summary>Activities one conversation may send to <c>/api/messages</c> in any <see cref="ConversationWindow"/>
    /// (429 with Retry-After beyond). 0 turns the limit off.</summary>
    public int ConversationPermitLimit { get; set; } = 30;

    /// <summary>The window of <see cref="ConversationPermitLimit"/>.</summary>
    public TimeSpan ConversationWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests one client IP address may make to any endpoint in <see cref="ClientIpWindow"/>; 0 (the
    /// default) turns the limit off. Behind a proxy, the address is the proxy's unless forwarded headers are trusted.</summary>
    public int ClientIpPermitLimit { get; set; }

    /// <summary>The window of <see cref="ClientIpPermitLimit"/>.</summary>
    public TimeSpan ClientIpWindow { get; set; } = TimeSpan.FromMinutes(1);
}
