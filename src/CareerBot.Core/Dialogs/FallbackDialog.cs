using CareerBot.Conversation;

namespace CareerBot.Core.Dialogs;

/// <summary>Not understood: what CareerBot can do.</summary>
public sealed class FallbackDialog : IDialog
{
    /// <inheritdoc />
    public DialogOutcome? Answer(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new DialogOutcome(HandledAs.Fallback, TurnOutcome.Fallback, input.Text.Say(MessageKeys.Fallback), input.State)
        {
            Actions = SuggestedActions.Main(input.Text),
        };
    }
}
