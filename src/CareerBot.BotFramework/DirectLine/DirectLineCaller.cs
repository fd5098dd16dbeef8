namespace CareerBot.BotFramework.DirectLine;

/// <summary>Who calls a Direct Line endpoint: the holder of the secret (any conversation) or of a token (one).</summary>
/// <param name="Token">The token's grant; null for the secret.</param>
public sealed record DirectLineCaller(DirectLineToken? Token)
{
    /// <summary>True for the secret.</summary>
    public bool IsSecret => Token is null;

    /// <summary>True when the caller may use <paramref name="conversationId"/>.</summary>
    public bool MayUse(string conversationId) => Token is null || string.Equals(Token.ConversationId, conversationId, StringComparison.Ordinal);
}
