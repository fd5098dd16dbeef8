using CareerBot.Conversation;

namespace CareerBot.Core.Dialogs;

/// <summary>Drops the pending question, if any.</summary>
public sealed class CancelDialog : IDialog
{
    /// <inheritdoc />
    public DialogOutcome? Answer(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var key = input.State.Salary is null ? MessageKeys.NothingToCancel : MessageKeys.Cancelled;
        return new DialogOutcome(HandledAs.Cancel, TurnOutcome.Answered, input.Text.Say(key), input.State with { Salary = null })
        {
            Actions = SuggestedActions.Main(input.Text),
            Ends = true,
        };
    }
}
