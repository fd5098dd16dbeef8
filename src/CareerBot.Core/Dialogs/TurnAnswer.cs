using CareerBot.Conversation;
using CareerBot.Core.State;

namespace CareerBot.Core.Dialogs;

/// <summary>A turn's reply, put together from the parts of the dialogs that spoke.</summary>
/// <param name="Reply">The one reply.</param>
/// <param name="State">The state to save.</param>
/// <param name="HandledAs">How the turn was handled: its first part's name.</param>
/// <param name="Outcome">Asked when a part asked back, else answered when a part answered, else fallback.</param>
public sealed record TurnAnswer(Reply Reply, ConversationState State, HandledAs HandledAs, TurnOutcome Outcome);
