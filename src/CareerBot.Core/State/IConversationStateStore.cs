using CareerBot.Conversation;

namespace CareerBot.Core.State;

/// <summary>Keeps each conversation's state between turns, with optimistic concurrency, and the replies each turn
/// leaves in the outbox (<see cref="IReplyOutbox"/>), written in the same commit as the state. Implementations throw
/// <see cref="StorageUnavailableException"/> when their storage cannot be reached.</summary>
public interface IConversationStateStore
{
    /// <summary>Reads the state of <paramref name="conversationId"/>; an empty state with a null ETag when there is none.</summary>
    ValueTask<StoredState> LoadAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="state"/> if the stored version is still <paramref name="expectedETag"/>
    /// (null: nothing stored yet). Returns false, writing nothing, when another turn wrote first.</summary>
    ValueTask<bool> TrySaveAsync(string conversationId, ConversationState state, string? expectedETag, CancellationToken cancellationToken) =>
        TrySaveAsync(conversationId, state, expectedETag, [], cancellationToken);

    /// <summary>Writes <paramref name="state"/> if the stored version is still <paramref name="expectedETag"/>
    /// (null: nothing stored yet) and, in the same commit, adds <paramref name="outbox"/> to the conversation's outbox
    /// (opaque payloads, kept in order after its earlier ones). Returns false, writing nothing, when another turn wrote
    /// first.</summary>
    ValueTask<bool> TrySaveAsync(string conversationId, ConversationState state, string? expectedETag, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken);

    /// <summary>Forgets the conversation (its outbox is kept: replies already committed are still delivered).</summary>
    ValueTask DeleteAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Forgets the conversations last written before <paramref name="idleSince"/>; returns how many.</summary>
    ValueTask<int> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken);
}
