namespace CareerBot.BotFramework.Authentication;

/// <summary>Who may issue the tokens a bot accepts.</summary>
public static class TokenIssuers
{
    /// <summary>The issuer of channel tokens (Azure Bot Service, Teams).</summary>
    public const string BotFramework = "https://api.botframework.com";

    /// <summary>The Entra tenants whose tokens the Emulator presents, besides the bot's own tenant.</summary>
    public static IReadOnlyList<string> EmulatorTenants { get; } =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
    ];

    /// <summary>The Entra v1 and v2 issuers of the Emulator tenants and of <paramref name="appTenantId"/>.</summary>
    public static IReadOnlyList<string> Emulator(string? appTenantId)
    {
        var tenants = string.IsNullOrWhiteSpace(appTenantId) ? EmulatorTenants : [.. EmulatorTenants, appTenantId.Trim()];
        return [.. tenants.SelectMany(t => new[] { $"https://sts.windows.net/{t}/", $"https://login.microsoftonline.com/{t}/v2.0" })];
    }
}
