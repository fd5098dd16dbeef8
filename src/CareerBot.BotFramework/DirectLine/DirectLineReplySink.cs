using CareerBot.BotFramework.Adapter;
using CareerBot.BotFramework.Ratings;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>Appends the bot's activities to a Direct Line conversation's history and wakes its streams; an answer that
/// can be rated is recorded in the <see cref="IAnswerLedger"/> with the id the history gave it.</summary>
public sealed class DirectLineReplySink : IReplySink
{
    private readonly IDirectLineConversationStore store;
    private readonly IAnswerLedger answers;
    private readonly ConversationSignals signals;
    private readonly TimeProvider time;
    private readonly string conversationId;

    /// <summary>Creates the sink for one conversation.</summary>
    public DirectLineReplySink(IDirectLineConversationStore store, IAnswerLedger answers, ConversationSignals signals, TimeProvider time, string conversationId)
    {
        this.store = store;
        this.answers = answers;
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

    /// <inheritdoc />
    public async Task SendAsync(Activity activity, AnswerLabel label, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var kept = await store.AppendAsync(conversationId, activity with { Timestamp = time.GetUtcNow() }, cancellationToken);
        signals.Notify(conversationId);
        if (kept?.Id is { } id)
        {
            try
            {
                await answers.RecordAsync(conversationId, id, label, cancellationToken);
            }
            catch (StorageUnavailableException)
            {
                // The answer is in the history: failing now would have the visitor send the question again. A rating
                // of this answer is kept as "unknown".
            }
        }
    }
}
