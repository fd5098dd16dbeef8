using System.Text.Json;
using CareerBot.BotFramework.Ratings;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Connector;

/// <summary>A reply as the outbox keeps it: the activity's JSON, and, for an answer that can be rated, its
/// <see cref="AnswerLabel"/> under a member of CareerBot's own (<see cref="LabelProperty"/>), which
/// <see cref="Decode"/> takes out again: it is never sent. Payloads written before labels existed read as unlabelled.</summary>
public static class OutboxPayload
{
    /// <summary>The member holding the label (a name no channel uses).</summary>
    public const string LabelProperty = "careerbot.answer";

    /// <summary>The payload of <paramref name="activity"/>, labelled with <paramref name="label"/> when there is one.</summary>
    public static string Encode(Activity activity, AnswerLabel? label)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (label is null)
        {
            return JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);
        }

        var properties = activity.Properties is null ? [] : new Dictionary<string, JsonElement>(activity.Properties);
        properties[LabelProperty] = JsonSerializer.SerializeToElement(
            new Dictionary<string, string> { ["handledAs"] = label.HandledAs, ["language"] = label.Language },
            BotJsonContext.Default.DictionaryStringString);
        return JsonSerializer.Serialize(activity with { Properties = properties }, BotJsonContext.Default.Activity);
    }

    /// <summary>The activity to send and its label (null when unlabelled); null when the payload is not an activity.</summary>
    public static (Activity Activity, AnswerLabel? Label)? Decode(string payload)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(payload, BotJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return null;
        }

        if (activity is null)
        {
            return null;
        }

        if (activity.Properties is not { } properties || !properties.Remove(LabelProperty, out var kept))
        {
            return (activity, null);
        }

        var label = kept.ValueKind == JsonValueKind.Object
            ? AnswerLabel.Of(Text(kept, "handledAs"), Text(kept, "language"))
            : AnswerLabel.Unknown;
        return (activity with { Properties = properties.Count == 0 ? null : properties }, label);
    }

    private static string? Text(JsonElement label, string name) =>
        label.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
