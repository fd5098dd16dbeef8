using CareerBot.Conversation;

namespace CareerBot.Core.Dialogs;

/// <summary>While the salary dialog waits for years, a message that is neither years nor another question: asks
/// again with an example, and gives up after <see cref="MaxFailedAttempts"/> tries.</summary>
public sealed class AskYearsAgainDialog : IDialog
{
    /// <summary>Failed answers after which the dialog stops asking.</summary>
    public const int MaxFailedAttempts = 3;

    /// <inheritdoc />
    public DialogOutcome? Answer(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.State.Salary is not { } waiting)
        {
            return null;
        }

        var failed = waiting.FailedAttempts + 1;
        if (failed >= MaxFailedAttempts)
        {
            return new DialogOutcome(HandledAs.YearsUnclear, TurnOutcome.Fallback, input.Text.Say(MessageKeys.StopAskingYears), input.State with { Salary = null })
            {
                Actions = SuggestedActions.Main(input.Text),
            };
        }

        return new DialogOutcome(HandledAs.YearsUnclear, TurnOutcome.Asked, input.Text.Say(MessageKeys.AskYearsAgain), input.State with { Salary = waiting with { FailedAttempts = failed } });
    }
}
