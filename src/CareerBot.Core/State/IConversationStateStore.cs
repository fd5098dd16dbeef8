namespace CareerBot.Core.State;

/// <summary>Keeps each conversation's state between turns, with optimistic concurrency.</summary>
public interface IConversationStateStore
{
    /// <summary>Reads the state of <paramref name="conversationId"/>; an empty state with a null ETag when there is none.</summary>
    ValueTask<StoredState> LoadAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="state"/> if the stored version is still <paramref name="expectedETag"/>
    /// (null: nothing stored yet). Returns false, writing nothing, when another turn wrote first.</summary>
    ValueTask<bool> TrySaveAsync(string conversationId, ConversationState state, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Forgets the conversation.</summary>
    ValueTask DeleteAsync(string conversationId, CancellationToken cancellationToken);
}
