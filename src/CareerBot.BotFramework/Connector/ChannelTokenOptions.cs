namespace CareerBot.BotFramework.Connector;

/// <summary>Overrides for the bot's outbound token, under the Bot Framework samples' keys (configuration root).</summary>
public sealed class ChannelTokenOptions
{
    /// <summary>The public cloud's login endpoint.</summary>
    public const string DefaultLoginUrl = "https://login.microsoftonline.com/";

    /// <summary>The Bot Connector's scope.</summary>
    public const string DefaultOAuthScope = "https://api.botframework.com/.default";

    /// <summary>The login endpoint: a base (<c>https://login.microsoftonline.com/</c>) to which the tenant is appended
    /// (<c>botframework.com</c>, or <c>MicrosoftAppTenantId</c> for SingleTenant), or a full authority with its tenant
    /// path (<c>https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.com</c>) used as it is.</summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    /// <summary>The scope of the token attached to connector calls.</summary>
    public string? ToChannelFromBotOAuthScope { get; set; }

    /// <summary>The scope to request: the override, else <see cref="DefaultOAuthScope"/>.</summary>
    public string OAuthScope => string.IsNullOrWhiteSpace(ToChannelFromBotOAuthScope) ? DefaultOAuthScope : ToChannelFromBotOAuthScope;
}
