using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema;

/// <summary>One citation of a schema.org <c>Message</c> entity, as Teams reads it: the text's marker <c>[position]</c>
/// and the document it points to.</summary>
public sealed record Claim
{
    /// <summary>Always "Claim".</summary>
    [JsonPropertyName("@type")]
    public string SchemaType { get; init; } = "Claim";

    /// <summary>The citation's number: the text carries <c>[position]</c> where the claim is made.</summary>
    public required int Position { get; init; }

    /// <summary>What the reader sees of the cited document.</summary>
    public required DigitalDocument Appearance { get; init; }
}
