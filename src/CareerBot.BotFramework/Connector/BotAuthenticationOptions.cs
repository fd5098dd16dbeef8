namespace CareerBot.BotFramework.Connector;

/// <summary>The Bot Framework credentials, under the keys every Bot Framework sample uses (configuration root).
/// <see cref="Authentication.BotAuthenticationOptionsValidator"/> checks them at start-up.</summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>The Bot Framework channel service's OpenID metadata (Azure Bot Service, Teams).</summary>
    public const string DefaultChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Microsoft Entra's OpenID metadata, for tokens the Emulator and the Agents Playground obtain.</summary>
    public const string DefaultEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI; empty means MultiTenant.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>The bot's app (client) id; none means anonymous mode (Emulator, Agents Playground, local work).</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The app's client secret.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The app's tenant (SingleTenant, UserAssignedMSI). Its Entra issuers are trusted for Emulator tokens.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Where channel tokens' signing keys are published (override for sovereign clouds and tests).</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = DefaultChannelOpenIdMetadataUrl;

    /// <summary>Where Emulator (Entra) tokens' signing keys are published.</summary>
    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = DefaultEmulatorOpenIdMetadataUrl;

    /// <summary>When not empty, only activities whose <c>channelData.tenant.id</c> (or <c>conversation.tenantId</c>)
    /// is listed are accepted; the others get 401.</summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary>The shortest time between two metadata refreshes caused by a token naming an unknown key id.</summary>
    public TimeSpan OpenIdMetadataRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long metadata and keys are used before they are fetched again.</summary>
    public TimeSpan OpenIdMetadataLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>True when no app id is configured.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
