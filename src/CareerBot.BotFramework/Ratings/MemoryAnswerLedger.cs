namespace CareerBot.BotFramework.Ratings;

/// <summary>The ledger in memory (the memory storage provider, and tests): the last <see cref="Capacity"/> answers,
/// lost on restart.</summary>
public sealed class MemoryAnswerLedger : IAnswerLedger
{
    /// <summary>How many answers are remembered at most (the oldest are forgotten first).</summary>
    public const int Capacity = 10_000;

    private readonly Dictionary<string, (AnswerLabel Label, DateTimeOffset At)> entries = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();
    private readonly Lock gate = new();
    private readonly TimeProvider time;

    /// <summary>Creates the ledger.</summary>
    public MemoryAnswerLedger(TimeProvider time)
    {
        this.time = time;
    }

    /// <inheritdoc />
    public ValueTask RecordAsync(string conversationId, string activityId, AnswerLabel label, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(label);
        var key = AnswerKey.Of(conversationId, activityId);
        lock (gate)
        {
            if (entries.TryAdd(key, (label, time.GetUtcNow())))
            {
                order.Enqueue(key);
                while (order.Count > Capacity)
                {
                    entries.Remove(order.Dequeue());
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<AnswerLabel?> FindAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var key = AnswerKey.Of(conversationId, activityId);
        lock (gate)
        {
            return ValueTask.FromResult(entries.TryGetValue(key, out var entry) ? entry.Label : null);
        }
    }

    /// <inheritdoc />
    public ValueTask<int> RemoveOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var removed = 0;
        lock (gate)
        {
            // Recorded in time order: the oldest are at the front.
            while (order.TryPeek(out var key) && (!entries.TryGetValue(key, out var entry) || entry.At < before))
            {
                order.Dequeue();
                removed += entries.Remove(key) ? 1 : 0;
            }
        }

        return ValueTask.FromResult(removed);
    }
}
