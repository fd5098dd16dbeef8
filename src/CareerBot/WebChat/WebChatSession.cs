using System.Text.Json.Serialization;

namespace CareerBot.WebChat;

/// <summary>What the page receives from <c>POST /api/webchat/token</c>: a Direct Line token and where to use it.</summary>
/// <param name="Token">A Direct Line token for one conversation (never a secret).</param>
/// <param name="ConversationId">That conversation.</param>
/// <param name="UserId">The user the token speaks as.</param>
/// <param name="ExpiresIn">The token's lifetime in seconds.</param>
/// <param name="Domain">The Direct Line base address: this app's <c>/v3/directline</c>, or Azure's.</param>
/// <param name="Resume">True when the conversation exists already: the page reconnects to it (and sees its history)
/// instead of starting it.</param>
/// <param name="Renewable">True when this endpoint gives the same conversation a fresh token again (this app's own
/// Direct Line); with Azure's, Web Chat refreshes its token itself.</param>
public sealed record WebChatSession(
    string Token,
    string ConversationId,
    string UserId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string Domain,
    bool Resume,
    bool Renewable);
