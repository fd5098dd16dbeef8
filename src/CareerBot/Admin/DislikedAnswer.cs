using CareerBot.Admin.Statistics;
using CareerBot.Conversation;

namespace CareerBot.Admin;

/// <summary>A disliked answer as the operator page lists it: when, in which language, what the turn was handled as,
/// and the person's comment (their own words: the page shows them as text, never as markup).</summary>
/// <param name="At">When it was disliked.</param>
/// <param name="Language">The answer's language (normalised name).</param>
/// <param name="HandledAs">The "handled as" name of the answer's turn.</param>
/// <param name="Channel">The channel (normalised name).</param>
/// <param name="Comment">The comment, at most <see cref="MaxCommentLength"/> characters; null when there was none.</param>
public sealed record DislikedAnswer(DateTimeOffset At, string Language, string HandledAs, string Channel, string? Comment)
{
    /// <summary>The longest comment shown.</summary>
    public const int MaxCommentLength = 1000;

    /// <summary>The page's view of <paramref name="feedback"/>.</summary>
    public static DislikedAnswer Of(Feedback feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        var comment = string.IsNullOrWhiteSpace(feedback.Comment) ? null : feedback.Comment.Trim();
        if (comment is { Length: > MaxCommentLength })
        {
            comment = comment[..MaxCommentLength] + "…";
        }

        return new DislikedAnswer(feedback.At, TagValue.Normalise(feedback.Language), TagValue.Normalise(feedback.HandledAs), TagValue.Normalise(feedback.Channel), comment);
    }
}
