namespace CareerBot.Conversation;

/// <summary>What a turn produced: the replies, in order, and how the turn was understood (for telemetry).</summary>
/// <param name="Replies">The messages to send, in order.</param>
/// <param name="Language">The language the bot answered in (a two-letter code such as "en" or "fr").</param>
/// <param name="Intent">The normalised intent the turn was handled as (never user text).</param>
/// <param name="Outcome">How the turn ended.</param>
public sealed record TurnResult(IReadOnlyList<Reply> Replies, string Language, string Intent, TurnOutcome Outcome);
