using CareerBot.Core.Content;
using CareerBot.Core.State;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Dialogs;

/// <summary>One turn as the dialogs see it: what was understood, the content to answer from and the state so far.</summary>
/// <param name="Message">The user's message, cleaned (empty for turns that are not messages).</param>
/// <param name="Frame">What the message asks and says.</param>
/// <param name="Content">The content of the language the bot answers in.</param>
/// <param name="Role">The role the turn is about.</param>
/// <param name="State">The conversation's state before this dialog's part.</param>
public sealed record TurnInput(string Message, Frame Frame, LanguageContent Content, Role Role, ConversationState State)
{
    /// <summary>Formats the bot's sentences for this language and role.</summary>
    public ReplyText Text { get; } = new(Content, Role);

    /// <summary>The years came from a card's form: a bare number is the years.</summary>
    public bool FromCard { get; init; }
}
