namespace CareerBot.BotFramework.DirectLine;

/// <summary>The <c>DirectLine</c> settings: CareerBot's own Direct Line 3.0 channel and the Web Chat token exchange.</summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "DirectLine";

    /// <summary>The secret that <c>tokens/generate</c> and <c>conversations</c> accept as a Bearer credential.
    /// Empty (the default): only tokens are accepted, and <c>tokens/generate</c> answers 403.</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>The HMAC-SHA256 key that signs tokens (any string of 32 characters or more). Empty (the default): a random
    /// key is generated on first start and kept in <see cref="SigningKeyPath"/>.</summary>
    public string TokenSigningKey { get; set; } = string.Empty;

    /// <summary>Where the generated signing key is kept, relative to the content root (the app's folder) unless absolute.</summary>
    public string SigningKeyPath { get; set; } = "data/directline-token-signing-key";

    /// <summary>How long a token lives; clients refresh it before then.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The largest activity a client may post (413 beyond).</summary>
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>How many activities a conversation keeps; the oldest are dropped beyond.</summary>
    public int MaxHistory { get; set; } = 500;

    /// <summary>How many bytes of activities (as stored: JSON) a conversation keeps; the oldest are dropped beyond (the
    /// newest is always kept). With <see cref="MaxHistory"/>, what one conversation can cost, whatever is posted.</summary>
    public int MaxHistoryBytes { get; set; } = 128 * 1024;

    /// <summary>How many conversations one client address may start (a Web Chat token, a <c>conversations</c> call)
    /// in any <see cref="ConversationStartWindow"/>; 429 with Retry-After beyond. 0 turns the limit off. Behind a
    /// proxy, the client's address is the proxy's unless the proxy is trusted (<c>ForwardedHeaders:KnownProxies</c>).</summary>
    public int MaxConversationStartsPerClient { get; set; } = 60;

    /// <summary>The window of <see cref="MaxConversationStartsPerClient"/>.</summary>
    public TimeSpan ConversationStartWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a conversation with no new activity is kept.</summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many conversations are kept at once, for every client together (503 for new ones beyond). One
    /// client cannot reach it alone: it may start <see cref="MaxConversationStartsPerClient"/> per window.</summary>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>How many activities one token (one conversation) may post per minute (429 beyond).</summary>
    public int MaxActivitiesPerMinute { get; set; } = 60;

    /// <summary>How often the stream sends an empty keep-alive frame when it has nothing else to send.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often an open stream reads the store for activities another instance appended (instances sharing
    /// a database may also wake each other at once, see the storage provider).</summary>
    public TimeSpan StreamPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Origins whose pages may call the Direct Line endpoints from a browser ("*" for any). Empty: CORS off.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; set; } = [];

    /// <summary>How long a browser may cache a CORS preflight answer.</summary>
    public TimeSpan CorsMaxAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The bot's account in Direct Line conversations.</summary>
    public string BotId { get; set; } = "bot";

    /// <summary>The bot's display name.</summary>
    public string BotName { get; set; } = "Bot";

    /// <summary>Azure Bot Service's Direct Line secret. When set, <c>/api/webchat/token</c> exchanges it for a token
    /// at <see cref="AzureEndpoint"/> and the page talks to Azure instead of this app.</summary>
    public string AzureSecret { get; set; } = string.Empty;

    /// <summary>Azure's Direct Line base URL (a regional one, or a fake on loopback in tests).</summary>
    public Uri AzureEndpoint { get; set; } = new("https://directline.botframework.com/v3/directline");

    /// <summary>True when the page should talk to Azure's Direct Line.</summary>
    public bool UsesAzure => !string.IsNullOrEmpty(AzureSecret);
}
