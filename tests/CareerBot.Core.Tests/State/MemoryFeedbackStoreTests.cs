using CareerBot.Conversation;
using CareerBot.Core.State;

namespace CareerBot.Core.Tests.State;

public sealed class MemoryFeedbackStoreTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Recent_gives_one_reaction_most_recent_first()
    {
        var store = new MemoryFeedbackStore();
        await store.AddAsync(Rating(Noon, FeedbackReaction.Dislike, "old"), default);
        await store.AddAsync(Rating(Noon.AddMinutes(1), FeedbackReaction.Like, null), default);
        await store.AddAsync(Rating(Noon.AddMinutes(2), FeedbackReaction.Dislike, "new"), default);

        var dislikes = await store.RecentAsync(FeedbackReaction.Dislike, 10, default);

        Assert.Equal(["new", "old"], dislikes.Select(d => d.Comment));
        Assert.Single(await store.RecentAsync(FeedbackReaction.Like, 10, default));
        Assert.Single(await store.RecentAsync(FeedbackReaction.Dislike, 1, default));
    }

    [Fact]
    public async Task Only_the_last_ratings_of_each_reaction_are_kept()
    {
        var store = new MemoryFeedbackStore();
        for (var i = 0; i < MemoryFeedbackStore.Capacity + 5; i++)
        {
            await store.AddAsync(Rating(Noon.AddSeconds(i), FeedbackReaction.Dislike, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), default);
        }

        await store.AddAsync(Rating(Noon, FeedbackReaction.Like, null), default);

        var kept = await store.RecentAsync(FeedbackReaction.Dislike, int.MaxValue, default);
        Assert.Equal(MemoryFeedbackStore.Capacity, kept.Count);
        Assert.Equal("5", kept[^1].Comment);
        Assert.Single(await store.RecentAsync(FeedbackReaction.Like, int.MaxValue, default));
    }

    private static Feedback Rating(DateTimeOffset at, FeedbackReaction reaction, string? comment) =>
        new(at, "0123456789ab", "webchat", reaction, comment, "salary-band", "en");
}
