using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>Keeps Direct Line conversations in this process's memory (one instance; lost on restart).</summary>
public sealed class MemoryDirectLineConversationStore : IDirectLineConversationStore
{
    private readonly ConcurrentDictionary<string, Entry> conversations = new(StringComparer.Ordinal);
    private readonly TimeProvider time;
    private readonly int maxHistory;
    private readonly int maxHistoryBytes;
    private readonly int maxConversations;

    // Held while a conversation is counted and created, so that the limit holds under concurrent starts.
    private readonly Lock creating = new();

    /// <summary>Creates an empty store.</summary>
    public MemoryDirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.time = time;
        maxHistory = Math.Max(1, options.Value.MaxHistory);
        maxHistoryBytes = Math.Max(1, options.Value.MaxHistoryBytes);
        maxConversations = Math.Max(1, options.Value.MaxConversations);
    }

    /// <inheritdoc />
    public Task<bool> CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        lock (creating)
        {
            if (conversations.ContainsKey(conversation.Id))
            {
                return Task.FromResult(false);
            }

            if (conversations.Count >= maxConversations)
            {
                throw new ConversationLimitException();
            }

            var entry = new Entry(conversation, time.GetUtcNow());
            return Task.FromResult(conversations.TryAdd(conversation.Id, entry));
        }
    }

    /// <inheritdoc />
    public Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(conversations.TryGetValue(conversationId, out var entry) ? entry.Conversation : null);

    /// <inheritdoc />
    public Task<Activity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!conversations.TryGetValue(conversationId, out var entry))
        {
            return Task.FromResult<Activity?>(null);
        }

        lock (entry)
        {
            var position = entry.Next++;
            var stored = activity with { Id = string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{position:D7}") };
            var bytes = JsonSerializer.SerializeToUtf8Bytes(stored, BotJsonContext.Default.Activity).Length;
            entry.History.Enqueue((position, stored, bytes));
            entry.Bytes += bytes;
            while (entry.History.Count > maxHistory || (entry.Bytes > maxHistoryBytes && entry.History.Count > 1))
            {
                entry.Bytes -= entry.History.Dequeue().Bytes;
            }

            entry.LastActivity = time.GetUtcNow();
            return Task.FromResult<Activity?>(stored);
        }
    }

    /// <inheritdoc />
    public Task<ActivitySet?> ReadAsync(string conversationId, long? watermark, CancellationToken cancellationToken)
    {
        if (!conversations.TryGetValue(conversationId, out var entry))
        {
            return Task.FromResult<ActivitySet?>(null);
        }

        lock (entry)
        {
            var after = watermark ?? -1;
            var activities = entry.History.Where(item => item.Position > after).Select(item => item.Activity).ToList();
            var last = entry.Next - 1;
            var mark = last >= 0 ? Math.Max(after, last) : watermark;
            return Task.FromResult<ActivitySet?>(new ActivitySet(activities, mark?.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <inheritdoc />
    public Task<long> CountAsync(CancellationToken cancellationToken) => Task.FromResult((long)conversations.Count);

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        var removed = new List<string>();
        foreach (var (id, entry) in conversations)
        {
            bool idle;
            lock (entry)
            {
                idle = entry.LastActivity < idleSince;
            }

            if (idle && conversations.TryRemove(id, out _))
            {
                removed.Add(id);
            }
        }

        return Task.FromResult<IReadOnlyList<string>>(removed);
    }

    private sealed class Entry(DirectLineConversation conversation, DateTimeOffset created)
    {
        public DirectLineConversation Conversation { get; } = conversation;

        public Queue<(long Position, Activity Activity, int Bytes)> History { get; } = new();

        public long Bytes { get; set; }

        public long Next { get; set; }

        public DateTimeOffset LastActivity { get; set; } = created;
    }
}
