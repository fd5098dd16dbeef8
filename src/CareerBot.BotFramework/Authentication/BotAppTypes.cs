namespace CareerBot.BotFramework.Authentication;

/// <summary>The values of <c>MicrosoftAppType</c>.</summary>
public static class BotAppTypes
{
    /// <summary>An app registered in any tenant (the default when the key is empty).</summary>
    public const string MultiTenant = "MultiTenant";

    /// <summary>An app confined to <c>MicrosoftAppTenantId</c>.</summary>
    public const string SingleTenant = "SingleTenant";

    /// <summary>A user-assigned managed identity: no password, a tenant id.</summary>
    public const string UserAssignedMsi = "UserAssignedMSI";

    /// <summary>The app type a configured value stands for (empty = MultiTenant), or null when it is unknown.</summary>
    public static string? Normalize(string? value) => value?.Trim() switch
    {
        null or "" => MultiTenant,
        var v when v.Equals(MultiTenant, StringComparison.OrdinalIgnoreCase) => MultiTenant,
        var v when v.Equals(SingleTenant, StringComparison.OrdinalIgnoreCase) => SingleTenant,
        var v when v.Equals(UserAssignedMsi, StringComparison.OrdinalIgnoreCase) => UserAssignedMsi,
        _ => null,
    };
}
