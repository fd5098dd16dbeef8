namespace CareerBot.BotFramework.Connector;

/// <summary>The <c>Connector</c> settings.</summary>
public sealed class ConnectorOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Connector";

    /// <summary>Service URL prefixes the bot may post to besides the Bot Framework and Teams hosts.</summary>
    public IReadOnlyList<string> AllowedServiceUrls { get; set; } = [];

    /// <summary>The largest request body <c>/api/messages</c> accepts (413 beyond).</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>The largest serialized activity the bot sends: Teams rejects messages over about 100 KB, so a larger one
    /// is logged and dropped rather than posted.</summary>
    public int MaxActivityBytes { get; set; } = 100 * 1024;

    /// <summary>How long one connector call may take in all, retries and their waits included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take before it is abandoned (and retried).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times a throttled (429, 412), unavailable (502, 503, 504) or timed-out call is retried.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first retry's base delay; later ones back off exponentially, with jitter. A <c>Retry-After</c>
    /// header from the connector takes precedence.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
