using CareerBot.Conversation;
using CareerBot.Core.State;

namespace CareerBot.Core.Dialogs;

/// <summary>The pay of a career path ("how much does a technical manager earn?", "which path pays the most?"): the
/// article gives none, so it says so and lists the paths, with no figure.</summary>
public sealed class CareerPathSalaryDialog : IDialog
{
    /// <inheritdoc />
    public DialogOutcome? Answer(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var role = input.Role;
        var named = input.Frame.Subject.CareerPath is { } path && path.RoleId == role.Id && path.Index < role.CareerPaths.Count
            ? input.Text.Say(MessageKeys.CareerPathNamed, ("path", role.CareerPaths[path.Index].Title))
            : null;
        var text = ReplyText.Paragraphs(
            named,
            input.Text.Limit(LimitIds.CareerPathSalaries),
            input.Text.Say(MessageKeys.CareerPaths, ("paths", ReplyText.BulletList(role.CareerPaths.Select(p => p.Title)))));
        return new DialogOutcome(HandledAs.CareerPathSalary, TurnOutcome.Answered, text, input.State with { LastTopic = Topic.CareerPaths })
        {
            Covers = Offers.CareerPaths,
        };
    }
}
