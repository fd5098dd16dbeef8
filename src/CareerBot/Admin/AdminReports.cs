using CareerBot.Admin.Statistics;
using CareerBot.Conversation;
using CareerBot.Core.Content;
using Microsoft.Extensions.Options;

namespace CareerBot.Admin;

/// <summary>Puts the operator page's report together: <see cref="TurnStatistics"/>, the last disliked answers of
/// <see cref="IFeedbackStore"/> and the <see cref="IContentStatus"/>.</summary>
public sealed class AdminReports(TurnStatistics statistics, IFeedbackStore feedback, IContentStatus content, IOptions<AdminOptions> options, ILogger<AdminReports> logger)
{
    /// <summary>How many disliked answers the page lists.</summary>
    public const int MaxDislikes = 50;

    /// <summary>The report as of now. A feedback store that cannot be reached leaves the dislikes out (null), not the rest.</summary>
    public async Task<AdminReport> TakeAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<DislikedAnswer>? dislikes;
        try
        {
            dislikes = [.. (await feedback.RecentAsync(FeedbackReaction.Dislike, MaxDislikes, cancellationToken)).Select(DislikedAnswer.Of)];
        }
        catch (StorageUnavailableException)
        {
            logger.LogWarning("The operator page could not read the disliked answers: the feedback store is unavailable");
            dislikes = null;
        }

        return new AdminReport(statistics.Snapshot(), dislikes, ContentReport.Of(content), AdminLabels.Default, options.Value.RefreshSeconds);
    }
}
