using System.Globalization;
using System.Text.Json;

namespace CareerBot.BotFramework.Adapter;

/// <summary>What a card's button sent: its verb and its values (button data merged with the card's inputs).</summary>
public sealed record CardData(string Verb, IReadOnlyDictionary<string, string> Data)
{
    private const int MaxValues = 20;
    private const int MaxValueLength = 2000;

    /// <summary>The data of an <c>Action.Submit</c> (a message whose <c>value</c> is an object with a <c>verb</c>); null otherwise.</summary>
    public static CardData? FromSubmit(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } data && Read(data) is { } read ? read : null;

    /// <summary>The data of an <c>adaptiveCard/action</c> invoke: <c>value.action</c> must be an <c>Action.Execute</c>
    /// with a verb. Returns null with the problem otherwise.</summary>
    public static CardData? FromInvoke(JsonElement? value, out string? problem)
    {
        problem = null;
        if (value is not { ValueKind: JsonValueKind.Object } invoke
            || !invoke.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            problem = "The invoke value has no 'action' object.";
            return null;
        }

        if (!action.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Action.Execute")
        {
            problem = "The invoke action is not an Action.Execute.";
            return null;
        }

        if (!action.TryGetProperty("verb", out var verb) || verb.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(verb.GetString()))
        {
            problem = "The invoke action has no verb.";
            return null;
        }

        var values = action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? Values(data)
            : new Dictionary<string, string>();
        if (values is null)
        {
            problem = "The invoke action's data is too large.";
            return null;
        }

        return new CardData(verb.GetString()!, values);
    }

    private static CardData? Read(JsonElement data) =>
        data.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String && Values(data) is { } values
            ? new CardData(verb.GetString()!, values)
            : null;

    private static Dictionary<string, string>? Values(JsonElement data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in data.EnumerateObject())
        {
            var text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number when property.Value.TryGetDecimal(out var number) => number.ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
            if (text is null)
            {
                continue;
            }

            if (values.Count == MaxValues || text.Length > MaxValueLength)
            {
                return null;
            }

            values[property.Name] = text;
        }

        return values;
    }
}
