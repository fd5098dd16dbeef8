using CareerBot.Conversation;
using CareerBot.Core.Content;
using CareerBot.Core.State;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Dialogs;

/// <summary>One turn as the dialogs see it: what was understood, the content to answer from, the state to update
/// and the replies produced so far.</summary>
public sealed class TurnContext
{
    private readonly List<Reply> replies = [];

    /// <summary>Creates the context of one turn.</summary>
    public TurnContext(string message, Utterance utterance, LanguageContent content, Role role, ConversationState state)
    {
        Message = message;
        Utterance = utterance;
        Content = content;
        Role = role;
        State = state with { LanguageCode = content.Language.Code };
        Text = new ReplyText(content, role);
    }

    /// <summary>The user's message, cleaned (empty for turns that are not messages).</summary>
    public string Message { get; }

    /// <summary>What the recognizers understood.</summary>
    public Utterance Utterance { get; }

    /// <summary>The content of the language the bot answers in.</summary>
    public LanguageContent Content { get; }

    /// <summary>The role the conversation is about.</summary>
    public Role Role { get; }

    /// <summary>Formats the bot's sentences for this language and role.</summary>
    public ReplyText Text { get; }

    /// <summary>The state as it will be saved at the end of the turn.</summary>
    public ConversationState State { get; set; }

    /// <summary>The normalised intent the turn was handled as.</summary>
    public string HandledAs { get; private set; } = "none";

    /// <summary>How the turn ended.</summary>
    public TurnOutcome Outcome { get; private set; } = TurnOutcome.Silent;

    /// <summary>The replies, in order.</summary>
    public IReadOnlyList<Reply> Replies => replies;

    /// <summary>Adds a reply and records how the turn was handled.</summary>
    public void Say(Reply reply, string handledAs, TurnOutcome outcome)
    {
        replies.Add(reply);
        HandledAs = handledAs;
        Outcome = outcome;
    }
}
