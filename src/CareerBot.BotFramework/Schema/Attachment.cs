using System.Text.Json;

namespace CareerBot.BotFramework.Schema;

/// <summary>A card or file attached to an activity.</summary>
/// <param name="ContentType">e.g. application/vnd.microsoft.card.adaptive.</param>
/// <param name="Content">The card itself.</param>
/// <param name="ContentUrl">Where the file is.</param>
/// <param name="Name">The file name.</param>
public sealed record Attachment(string? ContentType = null, JsonElement? Content = null, string? ContentUrl = null, string? Name = null);
