using CareerBot.Conversation;
using CareerBot.Core.State;

namespace CareerBot.Core.Dialogs;

/// <summary>What one dialog says in a turn: its part of the reply and the state it leaves. Immutable; the route table
/// puts the parts of a turn together into one reply.</summary>
/// <param name="HandledAs">How the part handled the message.</param>
/// <param name="Outcome">Whether it answered, asked back or could not answer.</param>
/// <param name="Markdown">What it says.</param>
/// <param name="State">The conversation's state after it.</param>
public sealed record DialogOutcome(HandledAs HandledAs, TurnOutcome Outcome, string Markdown, ConversationState State)
{
    /// <summary>A card to show with the reply (at most one per reply: the first part's).</summary>
    public TableCard? Card { get; init; }

    /// <summary>The suggested actions to show, when the part chooses them; null lets the table offer what the turn did
    /// not cover.</summary>
    public IReadOnlyList<SuggestedAction>? Actions { get; init; }

    /// <summary>What the part answered: not offered again as a suggested action.</summary>
    public Offers Covers { get; init; }

    /// <summary>True when the part states facts of the role's article (its missions, qualities, salaries, career
    /// paths): the reply then cites the article. False for what is not the article's (a welcome, a question back, a
    /// limit, the net rate, whose source the sentence names).</summary>
    public bool Cites { get; init; }

    /// <summary>True when nothing more should be said in the turn (another role: no figures after it).</summary>
    public bool Ends { get; init; }
}
