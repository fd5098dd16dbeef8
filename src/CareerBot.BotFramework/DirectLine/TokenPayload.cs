using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>The signed part of a token (short names keep tokens short).</summary>
internal sealed record TokenPayload(
    [property: JsonPropertyName("c")] string ConversationId,
    [property: JsonPropertyName("u")] string UserId,
    [property: JsonPropertyName("l")] string? Locale,
    [property: JsonPropertyName("exp")] long ExpiresAt,
    [property: JsonPropertyName("n")] string Nonce);
