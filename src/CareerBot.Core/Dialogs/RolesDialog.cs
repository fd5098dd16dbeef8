using CareerBot.Conversation;

namespace CareerBot.Core.Dialogs;

/// <summary>The roles the content describes ("which roles do you know?").</summary>
public sealed class RolesDialog : IDialog
{
    /// <inheritdoc />
    public DialogOutcome? Answer(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var roles = string.Join(", ", input.Content.Roles.Select(r => $"**{r.Name}**"));
        return new DialogOutcome(HandledAs.Roles, TurnOutcome.Answered, input.Text.Say(MessageKeys.Roles, ("roles", roles)), input.State);
    }
}
