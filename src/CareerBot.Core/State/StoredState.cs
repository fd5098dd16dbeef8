namespace CareerBot.Core.State;

/// <summary>A conversation's state as read from a store, with the version it was read at.</summary>
/// <param name="State">The state (<see cref="ConversationState.Empty"/> when the conversation is new).</param>
/// <param name="ETag">The version read; null when nothing is stored yet.</param>
public sealed record StoredState(ConversationState State, string? ETag);
