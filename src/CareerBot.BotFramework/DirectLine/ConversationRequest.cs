using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>The optional body of <c>tokens/generate</c> and <c>conversations</c>.</summary>
/// <param name="User">The user the token is for (its id must start with <c>dl_</c>).</param>
/// <param name="Locale">The locale of the conversation.</param>
public sealed record ConversationRequest(ChannelAccount? User = null, string? Locale = null);
