using System.Text.Json;
using CareerBot.Admin;
using CareerBot.Admin.Statistics;
using CareerBot.Conversation;
using CareerBot.Core.Content;
using CareerBot.Core.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Tests.Admin;

/// <summary>The operator page's report: the figures, the disliked answers (bounded, most recent first, none when the
/// store is down) and the content status with the last refused edit, in the JSON shape the page reads.</summary>
public sealed class AdminReportsTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_report_holds_the_most_recent_dislikes_only_and_the_refused_edit_with_its_problems()
    {
        var store = new MemoryFeedbackStore();
        for (var i = 0; i < AdminReports.MaxDislikes + 5; i++)
        {
            await store.AddAsync(new Feedback(time.GetUtcNow().AddMinutes(-i), $"c{i:D11}", "webchat", FeedbackReaction.Dislike, $"comment {i}", "salary", "en"), CancellationToken.None);
        }

        var refusal = new ContentRefusal(time.GetUtcNow(), ["dialogs/en/messages.md:12: the key salary.band has no text"]);
        var reports = Reports(store, new RefusedContent(time.GetUtcNow().AddHours(-1), refusal));

        var report = await reports.TakeAsync(CancellationToken.None);
        var json = JsonSerializer.SerializeToElement(report, AdminJsonContext.Default.AdminReport);

        Assert.Equal(AdminReports.MaxDislikes, report.Dislikes!.Count);
        Assert.Equal("comment 0", report.Dislikes[0].Comment);
        Assert.True(json.GetProperty("content").GetProperty("watching").GetBoolean());
        Assert.Equal("dialogs/en/messages.md:12: the key salary.band has no text", json.GetProperty("content").GetProperty("lastRefusal").GetProperty("problems")[0].GetString());
        Assert.Equal(["stats", "dislikes", "content", "labels", "refreshSeconds"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Salary", json.GetProperty("labels").GetProperty("intents").GetProperty("salary").GetString());
        Assert.Equal("French", json.GetProperty("labels").GetProperty("languages").GetProperty("fr").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("stats").GetProperty("unansweredByLanguage").ValueKind);
    }

    [Fact]
    public async Task A_feedback_store_that_cannot_be_reached_leaves_the_dislikes_out_not_the_report()
    {
        var reports = Reports(new UnavailableFeedback(), new RefusedContent(time.GetUtcNow(), null));

        var report = await reports.TakeAsync(CancellationToken.None);

        Assert.Null(report.Dislikes);
        Assert.Null(report.Content.LastRefusal);
        Assert.Equal(60, report.Stats.Minutes.Count);
    }

    [Theory]
    [InlineData(" \t ", null)]
    [InlineData("  too short ", "too short")]
    public void A_blank_comment_is_no_comment_and_a_comment_is_trimmed(string comment, string? shown)
    {
        var dislike = DislikedAnswer.Of(new Feedback(time.GetUtcNow(), "c", "webchat", FeedbackReaction.Dislike, comment, "salary", "en"));

        Assert.Equal(shown, dislike.Comment);
    }

    [Fact]
    public void A_long_comment_is_cut()
    {
        var dislike = DislikedAnswer.Of(new Feedback(time.GetUtcNow(), "c", "webchat", FeedbackReaction.Dislike, new string('x', 5000), "salary", "en"));

        Assert.Equal(DislikedAnswer.MaxCommentLength + 1, dislike.Comment!.Length);
    }

    [Theory]
    [InlineData("00:00:02", 2)]
    [InlineData("00:00:30", 30)]
    [InlineData("00:05:00", 30)]
    [InlineData("00:00:00", 1)]
    public void The_page_refreshes_at_most_every_30_seconds(string interval, int seconds)
    {
        var options = new AdminOptions { RefreshInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(seconds, options.RefreshSeconds);
    }

    private AdminReports Reports(IFeedbackStore feedback, IContentStatus content) =>
        new(new TurnStatistics(time), feedback, content, Options.Create(new AdminOptions { ApiKey = "k" }), NullLogger<AdminReports>.Instance);

    private sealed class UnavailableFeedback : IFeedbackStore
    {
        public ValueTask AddAsync(Feedback feedback, CancellationToken cancellationToken) => throw new StorageUnavailableException("down");

        public ValueTask<IReadOnlyList<Feedback>> RecentAsync(FeedbackReaction reaction, int max, CancellationToken cancellationToken) => throw new StorageUnavailableException("down");
    }

    private sealed class RefusedContent(DateTimeOffset loadedAt, ContentRefusal? refusal) : IContentStatus
    {
        public bool Watching => true;

        public DateTimeOffset LoadedAt => loadedAt;

        public ContentRefusal? LastRefusal => refusal;
    }
}
