namespace CareerBot.Conversation;

/// <summary>The conversation, as channels see it: a turn in, replies out. Implementations keep their own state.</summary>
public interface IConversationEngine
{
    /// <summary>Handles one turn and returns what to send back. Throws <see cref="StorageUnavailableException"/>, having
    /// changed nothing, when the conversation's state cannot be read or written.</summary>
    ValueTask<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken) => HandleAsync(turn, null, cancellationToken);

    /// <summary>Handles one turn. With <paramref name="outbox"/>, the replies are also encoded with it and the messages
    /// committed in the outbox (<see cref="IReplyOutbox"/>) together with the turn's new state, all or nothing: once
    /// this returns, they are durable and on their way, and the channel must not send the result's replies itself.
    /// Throws <see cref="StorageUnavailableException"/>, having changed nothing, when the conversation's state cannot
    /// be read or written.</summary>
    ValueTask<TurnResult> HandleAsync(Turn turn, OutboxEncoder? outbox, CancellationToken cancellationToken);

    /// <summary>After <paramref name="turn"/> failed: forgets the conversation's state, so the next turn starts clean,
    /// and returns the apology to send, in the turn's language.</summary>
    ValueTask<Reply> RecoverAsync(Turn turn, CancellationToken cancellationToken);
}
