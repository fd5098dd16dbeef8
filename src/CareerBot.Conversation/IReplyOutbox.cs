namespace CareerBot.Conversation;

/// <summary>The outbox: replies committed with their turn's state (<see cref="IConversationEngine.HandleAsync(Turn, OutboxEncoder?, CancellationToken)"/>)
/// or on their own (<see cref="EnqueueAsync"/>), kept until a deliverer has sent them. Messages of one conversation
/// leave in order: only the oldest message of a conversation can be claimed. A claim is a lease: while it lasts no
/// other deliverer (of this instance or another sharing the store) can claim the message; when it ends unreleased (the
/// deliverer died), the message can be claimed again. Implementations throw <see cref="StorageUnavailableException"/>
/// when their storage cannot be reached.</summary>
public interface IReplyOutbox
{
    /// <summary>Keeps <paramref name="messages"/>, in order, after the conversation's other messages, to be delivered
    /// at once.</summary>
    ValueTask EnqueueAsync(string conversationId, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="max"/> messages due now, each the oldest of its conversation and claimed
    /// by nobody (or by a lease that has ended), for <paramref name="lease"/>. Oldest first.</summary>
    ValueTask<IReadOnlyList<OutboxItem>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Removes a claimed message (delivered, or given up). False when the lease had ended and someone else
    /// claimed it since.</summary>
    ValueTask<bool> RemoveAsync(OutboxItem item, CancellationToken cancellationToken);

    /// <summary>Releases a claimed message after a failed attempt, counting it, and makes it due again at
    /// <paramref name="dueAt"/>. False when the lease had ended and someone else claimed it since.</summary>
    ValueTask<bool> PostponeAsync(OutboxItem item, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>How many messages wait in the outbox (due or not, claimed or not).</summary>
    ValueTask<long> CountAsync(CancellationToken cancellationToken);
}
