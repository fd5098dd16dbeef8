using CareerBot.Conversation;

namespace CareerBot.Core.Dialogs;

/// <summary>A job CareerBot does not know: it says which roles it does know. Nothing follows unless the message also
/// asks about a known role ("a frontend or a backend developer?"), which is then answered.</summary>
public sealed class OtherRoleDialog : IDialog
{
    /// <inheritdoc />
    public DialogOutcome? Answer(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var subject = input.Frame.Subject;
        if (subject.OtherRole is not { } other)
        {
            return null;
        }

        var known = string.Join(", ", input.Content.Roles.Select(r => r.Name));
        var text = input.Text.Say(MessageKeys.OtherRole, ("role", other), ("known", known));
        return new DialogOutcome(HandledAs.OtherRole, TurnOutcome.Fallback, text, input.State)
        {
            Actions = SuggestedActions.Main(input.Text),
            Ends = subject.RoleId is null,
        };
    }
}
