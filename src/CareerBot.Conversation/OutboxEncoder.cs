namespace CareerBot.Conversation;

/// <summary>Turns what a turn produced into the messages its channel will deliver, so that the conversation can commit
/// them in the outbox together with the turn's new state (<see cref="IConversationEngine.HandleAsync(Turn, OutboxEncoder?, CancellationToken)"/>).
/// Called once per attempt to save the turn (a turn that loses a race with another is run again); only the messages of
/// the attempt that saves are kept. Must have no side effect.</summary>
/// <param name="result">The turn's result: its replies, in order, and how it was handled (the channel may keep that
/// with the messages, e.g. to know later which answer a rating is about).</param>
/// <returns>The messages to deliver, in order.</returns>
public delegate IReadOnlyList<OutboxMessage> OutboxEncoder(TurnResult result);
