namespace CareerBot.Conversation;

/// <summary>One reply as its channel will send it, kept in the outbox until it is delivered. The payload is the
/// channel's own message (a serialized activity for the Bot Framework), opaque to the conversation: the conversation
/// stores it with the turn's state and never reads it.</summary>
/// <param name="Payload">The message, in the channel's format.</param>
public sealed record OutboxMessage(string Payload);
