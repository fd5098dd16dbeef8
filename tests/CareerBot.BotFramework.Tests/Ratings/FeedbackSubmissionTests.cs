using System.Text.Json;
using CareerBot.BotFramework.Ratings;
using CareerBot.Conversation;

namespace CareerBot.BotFramework.Tests.Ratings;

public sealed class FeedbackSubmissionTests
{
    [Theory]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":"{\"feedbackText\":\"Clear answer\"}"}}""", FeedbackReaction.Like, "Clear answer")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"dislike","feedback":"{\"feedbackText\":\"Wrong band\"}"}}""", FeedbackReaction.Dislike, "Wrong band")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"dislike","feedback":{"feedbackText":"As an object"}}}""", FeedbackReaction.Dislike, "As an object")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"dislike","feedback":"{\"feedbackText\":\"\"}"}}""", FeedbackReaction.Dislike, null)]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"like"}}""", FeedbackReaction.Like, null)]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":""}}""", FeedbackReaction.Like, null)]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":"{}"}}""", FeedbackReaction.Like, null)]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"dislike","feedback":"{\"feedbackText\":\"  line\\none\\u0007\\ttwo  \"}"}}""", FeedbackReaction.Dislike, "line one two")]
    public void A_rating_is_read_with_its_cleaned_comment(string json, FeedbackReaction reaction, string? comment)
    {
        var submission = FeedbackSubmission.FromInvoke(JsonDocument.Parse(json).RootElement, out var problem);

        Assert.Null(problem);
        Assert.Equal(new FeedbackSubmission(reaction, comment), submission);
    }

    [Theory]
    [InlineData("null", "not an object")]
    [InlineData("\"feedback\"", "not an object")]
    [InlineData("""{"actionValue":{"reaction":"like"}}""", "actionName")]
    [InlineData("""{"actionName":"share","actionValue":{"reaction":"like"}}""", "actionName")]
    [InlineData("""{"actionName":"feedback"}""", "actionValue")]
    [InlineData("""{"actionName":"feedback","actionValue":"like"}""", "actionValue")]
    [InlineData("""{"actionName":"feedback","actionValue":{}}""", "reaction")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"LOVE"}}""", "reaction")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":1}}""", "reaction")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":"not json"}}""", "feedback")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":"[1,2]"}}""", "feedback")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":42}}""", "feedback")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":{"feedbackText":7}}}""", "feedback")]
    public void A_malformed_rating_is_refused_with_the_field_named(string json, string field)
    {
        var submission = FeedbackSubmission.FromInvoke(JsonDocument.Parse(json).RootElement, out var problem);

        Assert.Null(submission);
        Assert.Contains(field, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_value_is_refused()
    {
        Assert.Null(FeedbackSubmission.FromInvoke(null, out var problem));
        Assert.NotNull(problem);
    }

    [Fact]
    public void A_huge_comment_is_cut_at_the_bound_without_splitting_a_surrogate_pair()
    {
        var huge = new string('a', FeedbackSubmission.MaxCommentLength - 1) + "😀" + new string('b', 10_000);

        var comment = FeedbackSubmission.CleanComment(huge);

        Assert.Equal(FeedbackSubmission.MaxCommentLength - 1, comment!.Length);
        Assert.DoesNotContain('b', comment);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("   \n\t ", null)]
    [InlineData("\u0000\u0007", null)]
    [InlineData("ok\u001b[31m red", "ok[31m red")]
    public void Empty_and_control_only_comments_are_null(string? comment, string? kept) =>
        Assert.Equal(kept, FeedbackSubmission.CleanComment(comment));
}
