namespace CareerBot.BotFramework.Connector;

/// <summary>The <c>Connector</c> settings: where replies may go, how large they may be, and how the outbox delivers
/// them (<see cref="ReplyDeliverer"/>). <see cref="ConnectorOptionsValidator"/> checks them at start-up.</summary>
public sealed class ConnectorOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Connector";

    /// <summary>Service URLs the bot may post to besides those a channel's token vouches for (and, in anonymous mode,
    /// loopback): each an absolute http(s) URL, matched on its scheme, host and port exactly and on its path as a
    /// prefix of whole segments (no wildcard).</summary>
    public IReadOnlyList<string> AllowedServiceUrls { get; set; } = [];

    /// <summary>The largest request body <c>/api/messages</c> accepts (413 beyond).</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>The largest serialized activity the bot sends: Teams rejects messages over about 100 KB, so a larger one
    /// is logged and dropped rather than posted.</summary>
    public int MaxActivityBytes { get; set; } = 100 * 1024;

    /// <summary>How long one attempt to post a reply may take before it is abandoned and, later, made again. Long on
    /// purpose: a connector still working on an abandoned attempt may deliver the reply, and the next attempt would
    /// deliver it twice.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The wait before the second attempt; each later one waits twice as long (with jitter), up to
    /// <see cref="MaxRetryDelay"/>. A connector's <c>Retry-After</c> is waited for when it asks longer.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long after its turn a reply is still tried; past it, the reply is given up (counted in
    /// <c>careerbot.connector.failures</c> and logged).</summary>
    public TimeSpan MaxDeliveryTime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many replies an instance sends at once (each to a different conversation).</summary>
    public int MaxConcurrentSends { get; set; } = 32;

    /// <summary>How often the outbox is read for replies due again, or committed by other instances.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
