namespace CareerBot.Conversation;

/// <summary>The kinds of event the conversation reacts to.</summary>
public enum TurnKind
{
    /// <summary>The user said something (typed text, a suggested action, or a card submit).</summary>
    Message,

    /// <summary>The user pressed a card's button: <see cref="Turn.Name"/> is its verb, <see cref="Turn.Data"/> its values.</summary>
    CardAction,

    /// <summary>A member who is not the bot joined the conversation.</summary>
    MemberAdded,

    /// <summary>The conversation ended or the bot was removed: forget it.</summary>
    ConversationEnded,
}
