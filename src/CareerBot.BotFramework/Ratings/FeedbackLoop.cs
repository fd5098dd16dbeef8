using System.Text.Json;

namespace CareerBot.BotFramework.Ratings;

/// <summary>The mark on an answer that asks for a rating: Teams' feedback loop, <c>channelData: {feedbackLoop:
/// {type: "default"}}</c> (Teams shows its thumbs and its own comment box, then sends a <c>message/submitAction</c>
/// invoke). The current form documented by Teams; the older <c>feedbackLoopEnabled: true</c> must not be sent with it
/// (Teams refuses an activity carrying both). CareerBot's Web Chat page shows its control on answers with the same
/// mark.</summary>
public static class FeedbackLoop
{
    /// <summary>The channel data of an answer that can be rated.</summary>
    public static JsonElement ChannelData { get; } = JsonDocument.Parse("""{"feedbackLoop":{"type":"default"}}""").RootElement.Clone();

    /// <summary>True when <paramref name="channelData"/> carries the mark.</summary>
    public static bool IsOn(JsonElement? channelData) =>
        channelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("feedbackLoop", out var loop)
        && loop.ValueKind == JsonValueKind.Object;
}
