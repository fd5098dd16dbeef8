using CareerBot.Conversation;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Dialogs;

/// <summary>Another country, or a city abroad: the figures are for the role's market only.</summary>
public sealed class AbroadDialog : IDialog
{
    /// <inheritdoc />
    public DialogOutcome? Answer(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Frame.Place is not { Kind: PlaceKind.Abroad } place)
        {
            return null;
        }

        var text = input.Text.Say(MessageKeys.OtherCountry, ("country", place.Name), ("market", input.Role.Salaries.Country));
        return new DialogOutcome(HandledAs.OtherCountry, TurnOutcome.Fallback, text, input.State);
    }
}
