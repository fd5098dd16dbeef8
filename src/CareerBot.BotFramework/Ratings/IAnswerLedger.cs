namespace CareerBot.BotFramework.Ratings;

/// <summary>Which answer an activity id stands for: when a reply is delivered and its channel gives it an id (the
/// connector's answer, Direct Line's history), the ledger keeps (conversation, id) → <see cref="AnswerLabel"/>, so
/// that a rating naming only that id (<c>replyToId</c>) can say what was rated, on any instance, after a restart.
/// Entries are kept for <see cref="FeedbackOptions.AnswerRetention"/> (<see cref="RemoveOlderThanAsync"/>, swept).
/// Implementations throw <c>StorageUnavailableException</c> when their storage cannot be reached.</summary>
public interface IAnswerLedger
{
    /// <summary>Records that <paramref name="activityId"/> in <paramref name="conversationId"/> is an answer labelled
    /// <paramref name="label"/> (recording the same id again keeps the first label).</summary>
    ValueTask RecordAsync(string conversationId, string activityId, AnswerLabel label, CancellationToken cancellationToken);

    /// <summary>The label of <paramref name="activityId"/> in <paramref name="conversationId"/>; null when unknown.</summary>
    ValueTask<AnswerLabel?> FindAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Forgets the entries recorded before <paramref name="before"/>; returns how many.</summary>
    ValueTask<int> RemoveOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
