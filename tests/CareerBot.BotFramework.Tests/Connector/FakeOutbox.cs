using CareerBot.Conversation;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>An outbox in memory, as the contract says (oldest of each conversation first, leases), for the
/// deliverer's tests; it records what became of each message.</summary>
public sealed class FakeOutbox : IReplyOutbox
{
    private readonly List<Message> kept = [];
    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private long nextId = 1;

    public FakeOutbox(TimeProvider time)
    {
        this.time = time;
    }

    /// <summary>The ids removed, in order.</summary>
    public List<long> Removed { get; } = [];

    /// <summary>How many postponements there were.</summary>
    public int Postponed { get; private set; }

    /// <summary>For each postponement, in order, how long from then the message was made to wait.</summary>
    public List<TimeSpan> Waits { get; } = [];

    public ValueTask EnqueueAsync(string conversationId, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var message in messages)
            {
                kept.Add(new Message(nextId++, conversationId, message.Payload, time.GetUtcNow()));
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<OutboxItem>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claimed = new List<OutboxItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        lock (gate)
        {
            foreach (var message in kept)
            {
                if (claimed.Count < max && seen.Add(message.ConversationId) && message.DueAt <= now && message.LeaseUntil <= now)
                {
                    message.Lease = Guid.NewGuid().ToString("N");
                    message.LeaseUntil = now + lease;
                    claimed.Add(new OutboxItem(message.Id, message.ConversationId, message.Payload, message.Attempts, message.CreatedAt, message.Lease));
                }
            }
        }

        return ValueTask.FromResult<IReadOnlyList<OutboxItem>>(claimed);
    }

    public ValueTask<bool> RemoveAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var removed = kept.RemoveAll(m => m.Id == item.Id && m.Lease == item.Lease) == 1;
            if (removed)
            {
                Removed.Add(item.Id);
            }

            return ValueTask.FromResult(removed);
        }
    }

    public ValueTask<bool> PostponeAsync(OutboxItem item, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (kept.Find(m => m.Id == item.Id && m.Lease == item.Lease) is not { } message)
            {
                return ValueTask.FromResult(false);
            }

            message.Attempts++;
            message.DueAt = dueAt;
            message.Lease = null;
            message.LeaseUntil = DateTimeOffset.MinValue;
            Postponed++;
            Waits.Add(dueAt - time.GetUtcNow());
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask<long> CountAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return ValueTask.FromResult((long)kept.Count);
        }
    }

    /// <summary>Waits until the outbox is empty (every message delivered or given up), for at most
    /// <paramref name="seconds"/>.</summary>
    public async Task<bool> WaitUntilEmptyAsync(int seconds = 10)
    {
        for (var i = 0; i < seconds * 20; i++)
        {
            if (await CountAsync(default) == 0)
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    /// <summary>Waits until there were at least <paramref name="count"/> postponements, for at most
    /// <paramref name="seconds"/>.</summary>
    public async Task<bool> WaitUntilPostponedAsync(int count, int seconds = 10)
    {
        for (var i = 0; i < seconds * 20; i++)
        {
            lock (gate)
            {
                if (Postponed >= count)
                {
                    return true;
                }
            }

            await Task.Delay(50);
        }

        return false;
    }

    private sealed class Message(long id, string conversationId, string payload, DateTimeOffset createdAt)
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
