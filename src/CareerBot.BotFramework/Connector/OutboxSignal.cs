namespace CareerBot.BotFramework.Connector;

/// <summary>Wakes the <see cref="ReplyDeliverer"/> of this process when a reply was committed to the outbox or a
/// delivery finished (the next reply of its conversation may go), so that it does not wait for its next poll.</summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A task that completes at the next <see cref="Wake"/>. Take it before reading the outbox, then await it
    /// when there was nothing to claim: no commit can slip between.</summary>
    public Task Next() => Volatile.Read(ref next).Task;

    /// <summary>Wakes whoever waits on <see cref="Next"/>.</summary>
    public void Wake() => Interlocked.Exchange(ref next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
