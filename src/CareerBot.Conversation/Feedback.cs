namespace CareerBot.Conversation;

/// <summary>One rating of one answer, as kept for the operators: never the person's identity nor their question.</summary>
/// <param name="At">When it was given.</param>
/// <param name="Conversation">The conversation's <see cref="Pseudonym"/>.</param>
/// <param name="Channel">The channel it came from (normalised: "msteams", "webchat", "emulator"…).</param>
/// <param name="Reaction">Like or dislike.</param>
/// <param name="Comment">What the person wrote with it, when they wrote something (bounded in length).</param>
/// <param name="HandledAs">The "handled as" name of the turn whose answer was rated; "unknown" when the answer could not be
/// found any more.</param>
/// <param name="Language">The language the answer was in (a two-letter code); "unknown" as above.</param>
public sealed record Feedback(
    DateTimeOffset At,
    string Conversation,
    string Channel,
    FeedbackReaction Reaction,
    string? Comment,
    string HandledAs,
    string Language);
