using CareerBot.Conversation;
using CareerBot.Core.State;

namespace CareerBot.Core.Dialogs;

/// <summary>The role's summary and missions.</summary>
public sealed class MissionsDialog : IDialog
{
    /// <inheritdoc />
    public DialogOutcome? Answer(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Text.Say(MessageKeys.Missions, ("summary", input.Role.Summary), ("missions", ReplyText.BulletList(input.Role.Missions)));
        return new DialogOutcome(HandledAs.Missions, TurnOutcome.Answered, text, input.State with { LastTopic = Topic.Missions })
        {
            Covers = Offers.Missions,
            Cites = true,
        };
    }
}
