namespace CareerBot.Conversation;

/// <summary>Turns the replies of a turn into the messages its channel will deliver, so that the conversation can
/// commit them in the outbox together with the turn's new state (<see cref="IConversationEngine.HandleAsync(Turn, OutboxEncoder?, CancellationToken)"/>).
/// Called once per attempt to save the turn (a turn that loses a race with another is run again); only the messages of
/// the attempt that saves are kept. Must have no side effect.</summary>
/// <param name="replies">The turn's replies, in order.</param>
/// <returns>The messages to deliver, in order.</returns>
public delegate IReadOnlyList<OutboxMessage> OutboxEncoder(IReadOnlyList<Reply> replies);
