using CareerBot.Conversation;
using CareerBot.Core.State;

namespace CareerBot.Core.Dialogs;

/// <summary>Where the career can lead. When the message names one of the paths ("how do I become an applications
/// architect?"), says it is one of them, and that the article does not say how to get there.</summary>
public sealed class CareerPathsDialog : IDialog
{
    /// <inheritdoc />
    public DialogOutcome? Answer(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var role = input.Role;
        var list = input.Text.Say(MessageKeys.CareerPaths, ("paths", ReplyText.BulletList(role.CareerPaths.Select(p => p.Title))));
        var text = input.Frame.Subject.CareerPath is { } named && named.RoleId == role.Id && named.Index < role.CareerPaths.Count
            ? ReplyText.Paragraphs(
                input.Text.Say(MessageKeys.CareerPathNamed, ("path", role.CareerPaths[named.Index].Title)),
                list,
                input.Text.Limit(LimitIds.CareerPathHow))
            : list;
        return new DialogOutcome(HandledAs.CareerPaths, TurnOutcome.Answered, text, input.State with { LastTopic = Topic.CareerPaths })
        {
            Covers = Offers.CareerPaths,
        };
    }
}
