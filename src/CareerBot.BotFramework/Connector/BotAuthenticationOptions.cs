namespace CareerBot.BotFramework.Connector;

/// <summary>The Bot Framework credentials, under the keys every Bot Framework sample uses (configuration root).</summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>The bot's app (client) id; none means anonymous mode (Emulator, Agents Playground, local work).</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The app's client secret.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The app's tenant (SingleTenant, UserAssignedMSI).</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>True when no app id is configured.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
