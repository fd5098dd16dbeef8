namespace CareerBot.BotFramework.Ratings;

/// <summary>The <c>Feedback</c> settings: how long the ledger remembers which answer an activity id was.</summary>
public sealed class FeedbackOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Feedback";

    /// <summary>How long an answer can be rated with its "handled as" name and language known (later ratings are
    /// kept as "unknown").</summary>
    public TimeSpan AnswerRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often older entries of the ledger are removed.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);
}
