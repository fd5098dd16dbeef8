using System.Collections.Concurrent;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>Wakes the streams of a conversation when an activity is appended (in this process).</summary>
public sealed class ConversationSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> signals = new(StringComparer.Ordinal);

    /// <summary>A task that completes at the next <see cref="Notify"/> for the conversation. Take it before reading the
    /// store, then await it when there was nothing new: no append can slip between.</summary>
    public Task NextChange(string conversationId) =>
        signals.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Wakes everyone waiting on the conversation.</summary>
    public void Notify(string conversationId)
    {
        if (signals.TryRemove(conversationId, out var signal))
        {
            signal.TrySetResult();
        }
    }

    /// <summary>Wakes and forgets the waiters of a conversation that no longer exists.</summary>
    public void Forget(string conversationId) => Notify(conversationId);
}
