namespace CareerBot.Conversation;

/// <summary>The conversation, as channels see it: a turn in, replies out. Implementations keep their own state.</summary>
public interface IConversationEngine
{
    /// <summary>Handles one turn and returns what to send back. Throws <see cref="StorageUnavailableException"/>, having
    /// changed nothing, when the conversation's state cannot be read or written.</summary>
    ValueTask<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken);

    /// <summary>After <paramref name="turn"/> failed: forgets the conversation's state, so the next turn starts clean,
    /// and returns the apology to send, in the turn's language.</summary>
    ValueTask<Reply> RecoverAsync(Turn turn, CancellationToken cancellationToken);
}
