using CareerBot.Conversation;
using CareerBot.Core.Content;

namespace CareerBot.Core.Dialogs;

/// <summary>The salary table as a card: every band, the ones that answer highlighted, and a field to ask for other
/// years.</summary>
public static class SalaryCard
{
    /// <summary>The verb of the card's button.</summary>
    public const string Verb = "salary";

    /// <summary>The name of the years the card's button sends.</summary>
    public const string YearsInput = "years";

    /// <summary>The card of <paramref name="table"/> with <paramref name="highlighted"/> bands highlighted.</summary>
    public static TableCard For(ReplyText text, SalaryTable table, IReadOnlyCollection<SalaryBand> highlighted)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(table);
        return new TableCard(
            text.Say(MessageKeys.CardTitle, ("country", table.Country)),
            [text.Say(MessageKeys.CardYears), text.Say(MessageKeys.CardYearly), text.Say(MessageKeys.CardMonthly)],
            [.. table.Bands.Select(band => new TableRow([text.BandSpan(band), text.YearlyRange(band), text.MonthlyRange(band)], highlighted.Contains(band)))],
            text.Say(MessageKeys.CardNote, ("country", table.Country)),
            new CardForm(Verb, YearsInput, text.Say(MessageKeys.CardInputLabel), text.Say(MessageKeys.CardInputPlaceholder), text.Say(MessageKeys.CardButton)));
    }
}
