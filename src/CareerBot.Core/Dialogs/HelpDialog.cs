using CareerBot.Conversation;

namespace CareerBot.Core.Dialogs;

/// <summary>What CareerBot can do; while the salary dialog waits for years, what it waits for (and it keeps waiting).</summary>
public sealed class HelpDialog : IDialog
{
    /// <inheritdoc />
    public DialogOutcome? Answer(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.State.Salary is not null)
        {
            return new DialogOutcome(HandledAs.Help, TurnOutcome.Asked, input.Text.Say(MessageKeys.HelpWhileAskingYears), input.State) { Ends = true };
        }

        return new DialogOutcome(HandledAs.Help, TurnOutcome.Answered, input.Text.Say(MessageKeys.Help), input.State)
        {
            Actions = SuggestedActions.Main(input.Text),
            Ends = true,
        };
    }
}
