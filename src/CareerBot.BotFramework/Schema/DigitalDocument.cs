using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema;

/// <summary>The appearance of a <see cref="Claim"/>: the cited document as Teams shows it in the citation's pop-up.</summary>
public sealed record DigitalDocument
{
    /// <summary>Always "DigitalDocument".</summary>
    [JsonPropertyName("@type")]
    public string SchemaType { get; init; } = "DigitalDocument";

    /// <summary>The document's title (Teams shows at most 80 characters).</summary>
    public required string Name { get; init; }

    /// <summary>What the document says (Teams shows at most 160 characters).</summary>
    public string? Abstract { get; init; }

    /// <summary>Where to read it: the title becomes a link. Omitted when there is none.</summary>
    public string? Url { get; init; }
}
