namespace CareerBot.Conversation;

/// <summary>What a person said of an answer: the thumbs of Teams' feedback loop and of the Web Chat control.</summary>
public enum FeedbackReaction
{
    /// <summary>Thumbs up.</summary>
    Like,

    /// <summary>Thumbs down.</summary>
    Dislike,
}
