using CareerBot.Conversation;
using CareerBot.Core.Content;

namespace CareerBot.Core.Dialogs;

/// <summary>A greeting, thanks or goodbye, answered with one sentence and the main suggested actions.</summary>
/// <param name="handledAs">How the turn is handled.</param>
/// <param name="key">What the bot says.</param>
public sealed class SmallTalkDialog(HandledAs handledAs, MessageKey key) : IDialog
{
    /// <inheritdoc />
    public DialogOutcome? Answer(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new DialogOutcome(handledAs, TurnOutcome.Answered, input.Text.Say(key), input.State) { Actions = SuggestedActions.Main(input.Text) };
    }
}
