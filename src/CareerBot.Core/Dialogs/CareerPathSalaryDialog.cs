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
        var text = ReplyText.Paragraphs(CareerPathsDialog.Named(input), input.Text.Limit(LimitIds.CareerPathSalaries), CareerPathsDialog.List(input));
        return new DialogOutcome(HandledAs.CareerPathSalary, TurnOutcome.Answered, text, input.State with { LastTopic = Topic.CareerPaths })
        {
            Covers = Offers.CareerPaths,
            Cites = true,
        };
    }
}
