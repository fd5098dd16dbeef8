using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>What the page receives from <c>/api/webchat/token</c>: a token and where to use it.</summary>
/// <param name="Token">A Direct Line token (never a secret).</param>
/// <param name="ConversationId">The conversation the token is bound to.</param>
/// <param name="UserId">The user the token speaks as.</param>
/// <param name="ExpiresIn">Its lifetime in seconds.</param>
/// <param name="Domain">The Direct Line base URL: this app's <c>/v3/directline</c> or Azure's.</param>
public sealed record WebChatToken(
    string Token,
    string ConversationId,
    string UserId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string Domain);
