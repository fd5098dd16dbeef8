using System.Collections.Concurrent;
using System.Globalization;

namespace CareerBot.Core.State;

/// <summary>Conversation state in process memory: for tests and single-instance development.</summary>
public sealed class MemoryConversationStateStore : IConversationStateStore
{
    private readonly ConcurrentDictionary<string, Versioned> records = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<StoredState> LoadAsync(string conversationId, CancellationToken cancellationToken)
    {
        var stored = records.TryGetValue(conversationId, out var record)
            ? new StoredState(record.State, record.Version.ToString(CultureInfo.InvariantCulture))
            : new StoredState(ConversationState.Empty, null);
        return ValueTask.FromResult(stored);
    }

    /// <inheritdoc />
    public ValueTask<bool> TrySaveAsync(string conversationId, ConversationState state, string? expectedETag, CancellationToken cancellationToken)
    {
        if (expectedETag is null)
        {
            return ValueTask.FromResult(records.TryAdd(conversationId, new Versioned(state, 1)));
        }

        if (!records.TryGetValue(conversationId, out var current)
            || current.Version.ToString(CultureInfo.InvariantCulture) != expectedETag)
        {
            return ValueTask.FromResult(false);
        }

        return ValueTask.FromResult(records.TryUpdate(conversationId, new Versioned(state, current.Version + 1), current));
    }

    /// <inheritdoc />
    public ValueTask DeleteAsync(string conversationId, CancellationToken cancellationToken)
    {
        records.TryRemove(conversationId, out _);
        return ValueTask.CompletedTask;
    }

    private sealed record Versioned(ConversationState State, long Version);
}
