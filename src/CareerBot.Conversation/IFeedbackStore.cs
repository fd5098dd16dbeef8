namespace CareerBot.Conversation;

/// <summary>Where ratings of answers are kept for the operator page. Implementations are bounded (the oldest entries go
/// first) and throw <see cref="StorageUnavailableException"/> when their storage cannot be reached.</summary>
public interface IFeedbackStore
{
    /// <summary>Keeps <paramref name="feedback"/>.</summary>
    ValueTask AddAsync(Feedback feedback, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> ratings with <paramref name="reaction"/>, most recent first.</summary>
    ValueTask<IReadOnlyList<Feedback>> RecentAsync(FeedbackReaction reaction, int max, CancellationToken cancellationToken);
}
