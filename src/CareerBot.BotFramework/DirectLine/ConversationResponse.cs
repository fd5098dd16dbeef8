using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>The answer of <c>tokens/generate</c>, <c>tokens/refresh</c> and <c>conversations</c>.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Token">The token to use from now on.</param>
/// <param name="ExpiresIn">Its lifetime in seconds.</param>
/// <param name="StreamUrl">The WebSocket URL (conversations only).</param>
public sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);
