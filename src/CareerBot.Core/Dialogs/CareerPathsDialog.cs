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
        var named = Named(input);
        var text = named is null ? List(input) : ReplyText.Paragraphs(named, List(input), input.Text.Limit(LimitIds.CareerPathHow));
        return new DialogOutcome(HandledAs.CareerPaths, TurnOutcome.Answered, text, input.State with { LastTopic = Topic.CareerPaths })
        {
            Covers = Offers.CareerPaths,
            Cites = true,
        };
    }

    /// <summary>The role's career paths as a list, with its introduction.</summary>
    public static string List(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Text.Say(MessageKeys.CareerPaths, ("paths", ReplyText.BulletList(input.Role.CareerPaths.Select(p => p.Title))));
    }

    /// <summary>That the path the message names is one of the role's; null when it names none of them.</summary>
    public static string? Named(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var role = input.Role;
        return input.Frame.Subject.CareerPath is { } path && path.RoleId == role.Id && path.Index < role.CareerPaths.Count
            ? input.Text.Say(MessageKeys.CareerPathNamed, ("path", role.CareerPaths[path.Index].Title))
            : null;
    }
}
