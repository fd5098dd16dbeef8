using CareerBot.Conversation;

namespace CareerBot.Core.State;

/// <summary>Ratings kept in memory (the memory storage provider, and tests): the last <see cref="Capacity"/> of each
/// reaction, lost on restart.</summary>
public sealed class MemoryFeedbackStore : IFeedbackStore
{
    /// <summary>How many ratings of each reaction are kept.</summary>
    public const int Capacity = 1000;

    private readonly Dictionary<FeedbackReaction, LinkedList<Feedback>> byReaction = new()
    {
        [FeedbackReaction.Like] = new(),
        [FeedbackReaction.Dislike] = new(),
    };

    private readonly Lock gate = new();

    /// <inheritdoc/>
    public ValueTask AddAsync(Feedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        lock (gate)
        {
            var kept = byReaction[feedback.Reaction];
            kept.AddFirst(feedback);
            if (kept.Count > Capacity)
            {
                kept.RemoveLast();
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<Feedback>> RecentAsync(FeedbackReaction reaction, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        lock (gate)
        {
            // Added newest first; a rating given late (a clock step) still sorts by its time.
            IReadOnlyList<Feedback> recent = [.. byReaction[reaction].OrderByDescending(f => f.At).Take(max)];
            return ValueTask.FromResult(recent);
        }
    }
}
