namespace CareerBot.Conversation;

/// <summary>A message of the outbox claimed for delivery (<see cref="IReplyOutbox.ClaimAsync"/>).</summary>
/// <param name="Id">Its place in the outbox: messages of one conversation are delivered in the order of their ids.</param>
/// <param name="ConversationId">The conversation it belongs to.</param>
/// <param name="Payload">The channel's message (<see cref="OutboxMessage.Payload"/>).</param>
/// <param name="Attempts">How many attempts to deliver it failed already.</param>
/// <param name="CreatedAt">When it was committed.</param>
/// <param name="Lease">The claim's token: only its holder may remove or postpone the message, until the lease ends.</param>
public sealed record OutboxItem(long Id, string ConversationId, string Payload, int Attempts, DateTimeOffset CreatedAt, string Lease);
