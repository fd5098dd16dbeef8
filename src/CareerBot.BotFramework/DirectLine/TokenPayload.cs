using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>The claims of a token. <c>user</c> is the claim Web Chat reads to know who it speaks as.</summary>
internal sealed record TokenPayload(
    [property: JsonPropertyName("conv")] string ConversationId,
    [property: JsonPropertyName("user")] string UserId,
    [property: JsonPropertyName("locale")] string? Locale,
    [property: JsonPropertyName("exp")] long ExpiresAt,
    [property: JsonPropertyName("jti")] string Nonce);
