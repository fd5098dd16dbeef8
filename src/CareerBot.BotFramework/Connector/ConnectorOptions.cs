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

    /// <summary>How long one connector call may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
