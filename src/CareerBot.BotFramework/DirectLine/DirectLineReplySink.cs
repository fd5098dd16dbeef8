using CareerBot.BotFramework.Adapter;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>Appends the bot's activities to a Direct Line conversation's history and wakes its streams.</summary>
public sealed class DirectLineReplySink : IReplySink
{
    private readonly IDirectLineConversationStore store;
    private readonly ConversationSignals signals;
    private readonly TimeProvider time;
    private readonly string conversationId;

    /// <summary>Creates the sink for one conversation.</summary>
    public DirectLineReplySink(IDirectLineConversationStore store, ConversationSignals signals, TimeProvider time, string conversationId)
    {
        this.store = store;
        this.signals = signals;
        this.time = time;
        this.conversationId = conversationId;
    }

    /// <inheritdoc />
    public async Task SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await store.AppendAsync(conversationId, activity with { Timestamp = time.GetUtcNow() }, cancellationToken);
        signals.Notify(conversationId);
    }
}
