namespace CareerBot.Conversation;

/// <summary>How a turn ended, from the user's point of view.</summary>
public enum TurnOutcome
{
    /// <summary>The question was answered.</summary>
    Answered,

    /// <summary>The bot asked something back (e.g. the years of experience).</summary>
    Asked,

    /// <summary>The bot did not understand or the question is out of its scope.</summary>
    Fallback,

    /// <summary>Nothing to say (e.g. the conversation ended).</summary>
    Silent,
}
