using CareerBot.Core.Understanding;

namespace CareerBot.Core.State;

/// <summary>What CareerBot remembers of one conversation between turns. Immutable; each turn writes a new one.</summary>
public sealed record ConversationState
{
    /// <summary>The state of a conversation that has not started.</summary>
    public static readonly ConversationState Empty = new();

    /// <summary>The language the bot last answered in ("en", "fr"); used when a message gives no clue ("6").</summary>
    public string? LanguageCode { get; init; }

    /// <summary>The role the conversation is about, once a message named one; the first role until then.</summary>
    public string? RoleId { get; init; }

    /// <summary>Set while the salary dialog waits for the years of experience.</summary>
    public SalaryState? Salary { get; init; }

    /// <summary>What the last answer was about, for follow-ups ("and with 12?", "what comes next?").</summary>
    public Topic LastTopic { get; init; }

    /// <summary>The years of the last salary band given, for follow-ups ("and net?", "what about in Paris?").</summary>
    public Experience? LastYears { get; init; }

    /// <summary>Whether the bot already said how to compare with other years (it says so once).</summary>
    public bool HintShown { get; init; }

    /// <summary>The members already welcomed, so nobody is welcomed twice.</summary>
    public IReadOnlyList<string> WelcomedMembers { get; init; } = [];
}
