namespace CareerBot.BotFramework.Schema;

/// <summary>Quick replies shown under a message until the user answers.</summary>
/// <param name="To">The ids of the users who see them.</param>
/// <param name="Actions">The buttons.</param>
public sealed record SuggestedActions(IReadOnlyList<string> To, IReadOnlyList<CardAction> Actions);
