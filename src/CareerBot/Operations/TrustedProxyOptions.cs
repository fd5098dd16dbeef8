namespace CareerBot.Operations;

/// <summary>The <c>ForwardedHeaders</c> settings: the reverse proxies whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> CareerBot believes. Only their headers are read, so that no client can claim another
/// address (and another client's limits) by sending the header itself.</summary>
public sealed class TrustedProxyOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ForwardedHeaders";

    /// <summary>The proxies' addresses (<c>10.0.0.5</c>, <c>::1</c>).</summary>
    public IReadOnlyList<string> KnownProxies { get; set; } = [];

    /// <summary>The proxies' networks, in CIDR notation (<c>10.0.0.0/8</c>).</summary>
    public IReadOnlyList<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies, at most, stand between the client and CareerBot (entries of X-Forwarded-For read
    /// from the right).</summary>
    public int ForwardLimit { get; set; } = 1;
}
