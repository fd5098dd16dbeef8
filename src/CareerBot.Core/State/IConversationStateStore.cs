namespace CareerBot.Core.State;

/// <summary>Keeps each conversation's state between turns, with optimistic concurrency. Implementations throw
/// <see cref="CareerBot.Conversation.StorageUnavailableException"/> when their storage cannot be reached.</summary>
public interface IConversationStateStore
{
    /// <summary>Reads the state of <paramref name="conversationId"/>; an empty state with a null ETag when there is none.</summary>
    ValueTask<StoredState> LoadAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="state"/> if the stored version is still <paramref name="expectedETag"/>
    /// (null: nothing stored yet). Returns false, writing nothing, when another turn wrote first.</summary>
    ValueTask<bool> TrySaveAsync(string conversationId, ConversationState state, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Forgets the conversation.</summary>
    ValueTask DeleteAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Forgets the conversations last written before <paramref name="idleSince"/>; returns how many.</summary>
    ValueTask<int> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken);
}
