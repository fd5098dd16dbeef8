using CareerBot.BotFramework.Ratings;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;

namespace CareerBot.BotFramework.Adapter;

/// <summary>A sink whose replies go through the outbox: the adapter has the conversation commit a turn's replies with
/// its state (<see cref="IConversationEngine.HandleAsync(Turn, OutboxEncoder?, CancellationToken)"/>) instead of sending
/// them; <see cref="IReplySink.SendAsync(Activity, CancellationToken)"/> still takes what is sent outside a turn's
/// commit (a typing indicator, an apology, a trace).</summary>
public interface IOutboxReplySink : IReplySink
{
    /// <summary>The outbox messages of <paramref name="activities"/>, in order (no side effect); each carries
    /// <paramref name="label"/> when the activities are answers that can be rated, for the deliverer to record with the
    /// id the channel gives them.</summary>
    IReadOnlyList<OutboxMessage> Encode(IReadOnlyList<Activity> activities, AnswerLabel? label);

    /// <summary>Called once a turn's messages are committed: delivery can start.</summary>
    void Committed();
}
