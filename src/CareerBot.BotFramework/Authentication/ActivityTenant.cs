using System.Text.Json;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Authentication;

/// <summary>The Entra tenant an activity comes from.</summary>
internal static class ActivityTenant
{
    /// <summary><c>channelData.tenant.id</c> (Teams), else <c>conversation.tenantId</c>, else null.</summary>
    public static string? Of(Activity activity)
    {
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } channelData
            && channelData.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(id.GetString()))
        {
            return id.GetString();
        }

        return string.IsNullOrWhiteSpace(activity.Conversation?.TenantId) ? null : activity.Conversation.TenantId;
    }
}
