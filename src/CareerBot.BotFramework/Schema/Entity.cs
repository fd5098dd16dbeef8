using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema;

/// <summary>Metadata attached to an activity: a mention, client info, capabilities… Its fields depend on its type.</summary>
public sealed record Entity
{
    /// <summary>mention, clientInfo, ClientCapabilities…</summary>
    public string? Type { get; init; }

    /// <summary>For a mention: who is mentioned.</summary>
    public ChannelAccount? Mentioned { get; init; }

    /// <summary>For a mention: the text of the mention in the message (e.g. <c>&lt;at&gt;CareerBot&lt;/at&gt;</c>).</summary>
    public string? Text { get; init; }

    /// <summary>Every other field, kept as it was.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
