using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using CareerBot.Conversation;

namespace CareerBot.Core.State;

/// <summary>Conversation state and the reply outbox in process memory: for tests and single-instance development
/// (lost on restart, replies still waiting included).</summary>
public sealed class MemoryConversationStateStore : IConversationStateStore, IReplyOutbox
{
    private readonly ConcurrentDictionary<string, Versioned> records = new(StringComparer.Ordinal);
    private readonly TimeProvider time;

    // The outbox, oldest first; its lock also orders the saves that add to it, so that messages keep the order of
    // their turns' versions.
    private readonly List<Pending> outbox = [];
    private readonly Lock outboxGate = new();
    private long nextId = 1;

    /// <summary>Creates an empty store; <paramref name="time"/> stamps writes for <see cref="RemoveIdleAsync"/> and
    /// dates the outbox.</summary>
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
    public ValueTask<bool> TrySaveAsync(string conversationId, ConversationState state, string? expectedETag, CancellationToken cancellationToken) =>
        TrySaveAsync(conversationId, state, expectedETag, [], cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> TrySaveAsync(string conversationId, ConversationState state, string? expectedETag, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        if (outbox.Count == 0)
        {
            return ValueTask.FromResult(TrySave(conversationId, state, expectedETag));
        }

        lock (outboxGate)
        {
            var saved = TrySave(conversationId, state, expectedETag);
            if (saved)
            {
                Add(conversationId, outbox);
            }

            return ValueTask.FromResult(saved);
        }
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

    /// <inheritdoc />
    public ValueTask EnqueueAsync(string conversationId, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        lock (outboxGate)
        {
            Add(conversationId, messages);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<OutboxItem>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claimed = new List<OutboxItem>();
        var heads = new HashSet<string>(StringComparer.Ordinal);
        lock (outboxGate)
        {
            foreach (var pending in outbox)
            {
                if (claimed.Count == max)
                {
                    break;
                }

                // Only the oldest message of each conversation may go.
                if (!heads.Add(pending.ConversationId) || pending.DueAt > now || pending.LeaseUntil > now)
                {
                    continue;
                }

                pending.Lease = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
                pending.LeaseUntil = now + lease;
                claimed.Add(new OutboxItem(pending.Id, pending.ConversationId, pending.Payload, pending.Attempts, pending.CreatedAt, pending.Lease));
            }
        }

        return ValueTask.FromResult<IReadOnlyList<OutboxItem>>(claimed);
    }

    /// <inheritdoc />
    public ValueTask<bool> RemoveAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (outboxGate)
        {
            var index = outbox.FindIndex(p => p.Id == item.Id && p.Lease == item.Lease);
            if (index >= 0)
            {
                outbox.RemoveAt(index);
            }

            return ValueTask.FromResult(index >= 0);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> PostponeAsync(OutboxItem item, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (outboxGate)
        {
            var pending = outbox.Find(p => p.Id == item.Id && p.Lease == item.Lease);
            if (pending is null)
            {
                return ValueTask.FromResult(false);
            }

            pending.Attempts++;
            pending.DueAt = dueAt;
            pending.Lease = null;
            pending.LeaseUntil = DateTimeOffset.MinValue;
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<long> CountAsync(CancellationToken cancellationToken)
    {
        lock (outboxGate)
        {
            return ValueTask.FromResult((long)outbox.Count);
        }
    }

    private bool TrySave(string conversationId, ConversationState state, string? expectedETag)
    {
        var now = time.GetUtcNow();
        if (expectedETag is null)
        {
            return records.TryAdd(conversationId, new Versioned(state, 1, now));
        }

        if (!records.TryGetValue(conversationId, out var current)
            || current.Version.ToString(CultureInfo.InvariantCulture) != expectedETag)
        {
            return false;
        }

        return records.TryUpdate(conversationId, new Versioned(state, current.Version + 1, now), current);
    }

    // Under outboxGate.
    private void Add(string conversationId, IReadOnlyList<OutboxMessage> messages)
    {
        var now = time.GetUtcNow();
        foreach (var message in messages)
        {
            outbox.Add(new Pending(nextId++, conversationId, message.Payload, now));
        }
    }

    private sealed record Versioned(ConversationState State, long Version, DateTimeOffset WrittenAt);

    /// <summary>A message waiting in the outbox; mutable under the outbox's lock.</summary>
    private sealed class Pending(long id, string conversationId, string payload, DateTimeOffset createdAt)
    {
        public long Id { get; } = id;

        public string ConversationId { get; } = conversationId;

        public string Payload { get; } = payload;

        public DateTimeOffset CreatedAt { get; } = createdAt;

        public DateTimeOffset DueAt { get; set; } = createdAt;

        public int Attempts { get; set; }

        public string? Lease { get; set; }

        public DateTimeOffset LeaseUntil { get; set; } = DateTimeOffset.MinValue;
    }
}
