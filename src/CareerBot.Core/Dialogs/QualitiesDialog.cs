using CareerBot.Conversation;
using CareerBot.Core.State;

namespace CareerBot.Core.Dialogs;

/// <summary>The qualities the role needs.</summary>
public sealed class QualitiesDialog : IDialog
{
    /// <inheritdoc />
    public DialogOutcome? Answer(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Text.Say(MessageKeys.Qualities, ("qualities", input.Role.Qualities));
        return new DialogOutcome(HandledAs.Qualities, TurnOutcome.Answered, text, input.State with { LastTopic = Topic.Qualities })
        {
            Covers = Offers.Qualities,
            Cites = true,
        };
    }
}
