using System.Collections.Concurrent;
using System.Globalization;

namespace CareerBot.Core.State;

/// <summary>Conversation state in process memory: for tests and single-instance development (lost on restart).</summary>
public sealed class MemoryConversationStateStore : IConversationStateStore
{
    private readonly ConcurrentDictionary<string, Versioned> records = new(StringComparer.Ordinal);
    private readonly TimeProvider time;

    /// <summary>Creates an empty store; <paramref name="time"/> stamps writes for <see cref="RemoveIdleAsync"/>.</summary>
    public MemoryConversationStateStore(TimeProvider? time = null)
    {
        this.time = time ?? TimeProvider.System;
    }

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
        var now = time.GetUtcNow();
        if (expectedETag is null)
        {
            return ValueTask.FromResult(records.TryAdd(conversationId, new Versioned(state, 1, now)));
        }

        if (!records.TryGetValue(conversationId, out var current)
            || current.Version.ToString(CultureInfo.InvariantCulture) != expectedETag)
        {
            return ValueTask.FromResult(false);
        }

        return ValueTask.FromResult(records.TryUpdate(conversationId, new Versioned(state, current.Version + 1, now), current));
    }

    /// <inheritdoc />
    public ValueTask DeleteAsync(string conversationId, CancellationToken cancellationToken)
    {
        records.TryRemove(conversationId, out _);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<int> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var (id, record) in records)
        {
            if (record.WrittenAt < idleSince && records.TryRemove(new KeyValuePair<string, Versioned>(id, record)))
            {
                removed++;
            }
        }

        return ValueTask.FromResult(removed);
    }

    private sealed record Versioned(ConversationState State, long Version, DateTimeOffset WrittenAt);
}
