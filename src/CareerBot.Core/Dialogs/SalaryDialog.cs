using CareerBot.Conversation;
using CareerBot.Core.Content;
using CareerBot.Core.State;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Dialogs;

/// <summary>Salary: the band for the user's years of experience, asking for them when they are missing.</summary>
public sealed class SalaryDialog
{
    /// <summary>Failed answers after which the dialog stops asking.</summary>
    public const int MaxFailedAttempts = 3;

    /// <summary>The verb of the salary card's button.</summary>
    public const string Verb = "salary";

    /// <summary>The name of the years the salary card's button sends.</summary>
    public const string YearsInput = "years";

    /// <summary>Starts the dialog: answers at once when the message holds the years, else asks for them.</summary>
    public static void Start(TurnContext context)
    {
        if (context.Utterance.Experience is { } experience)
        {
            Answer(context, experience);
            return;
        }

        context.State = context.State with { Salary = new SalaryState(0) };
        context.Say(new Reply(context.Text.Say(MessageKeys.AskYears)), "salary", TurnOutcome.Asked);
    }

    /// <summary>While waiting for the years: takes an answer that is a duration (a bare "6" counts here);
    /// re-asks with an example otherwise, and gives up after <see cref="MaxFailedAttempts"/> failures.
    /// Returns false, dropping the question, when the user asked something else instead.</summary>
    public static bool Continue(TurnContext context, SalaryState waiting)
    {
        var utterance = context.Utterance;
        if ((utterance.Experience ?? FromBareNumber(utterance)) is { } experience)
        {
            Answer(context, experience);
            return true;
        }

        if (utterance.Intent is not (Intent.None or Intent.Salary) || utterance.OtherRole is not null)
        {
            context.State = context.State with { Salary = null };
            return false;
        }

        var failed = waiting.FailedAttempts + 1;
        if (failed >= MaxFailedAttempts)
        {
            context.State = context.State with { Salary = null };
            context.Say(new Reply(context.Text.Say(MessageKeys.StopAskingYears), RoleFactsDialog.MainActions(context)), "salary", TurnOutcome.Fallback);
            return true;
        }

        context.State = context.State with { Salary = new SalaryState(failed) };
        context.Say(new Reply(context.Text.Say(MessageKeys.AskYearsAgain)), "salary", TurnOutcome.Asked);
        return true;
    }

    /// <summary>A follow-up after a salary answer ("and with 12?", "what about 16 years?"): the band for the new figure.</summary>
    public static bool TryFollowUp(TurnContext context)
    {
        if (context.State.LastTopic != Topic.Salary || context.Utterance.Intent is not (Intent.None or Intent.Salary))
        {
            return false;
        }

        // A bare number refers back only when the message says so ("and with 12?") or is nothing but the number.
        var utterance = context.Utterance;
        var followUpNumber = utterance.IsFollowUp || InputText.IsOnlyANumber(context.Message) ? FromBareNumber(utterance) : null;
        if ((utterance.Experience ?? followUpNumber) is not { } experience)
        {
            return false;
        }

        Answer(context, experience);
        return true;
    }

    /// <summary>The whole salary table.</summary>
    public static void ShowTable(TurnContext context)
    {
        var table = context.Role.Salaries;
        var text = context.Text.Say(MessageKeys.SalaryTable, ("country", table.Country))
            + "\n\n" + string.Join('\n', table.Bands.Select(context.Text.BandLine))
            + "\n\n" + context.Text.Say(MessageKeys.SalaryNote, ("context", table.Context));
        Answered(context, text, "salary-table", Card(context, []));
    }

    /// <summary>The band(s) for <paramref name="experience"/>.</summary>
    public static void Answer(TurnContext context, Experience experience)
    {
        var table = context.Role.Salaries;
        var bands = SalaryBandLookup.For(table, experience);
        if (bands.Count == 0)
        {
            ShowTable(context);
            return;
        }

        var text = context.Text;
        var said = text.Experience(experience);
        var country = ("country", table.Country);
        string answer;
        if (bands.Count == 1)
        {
            var band = bands[0];
            answer = text.Say(MessageKeys.SalaryBand, ("experience", said), country,
                ("range", text.YearlyRange(band)), ("monthly", text.MonthlyRange(band)));
        }
        else
        {
            var intro = experience.UpToYears is null ? MessageKeys.SalaryBoundary : MessageKeys.SalarySpan;
            answer = text.Say(intro, ("experience", said), country) + "\n\n" + string.Join('\n', bands.Select(text.BandLine));
        }

        Answered(context, answer + "\n\n" + text.Say(MessageKeys.SalaryNote, ("context", table.Context)), "salary", Card(context, bands));
    }

    /// <summary>A card's button: the band for the years it sent; asks again when they are not a duration.</summary>
    public static void FromCard(TurnContext context)
    {
        if ((context.Utterance.Experience ?? FromBareNumber(context.Utterance)) is { } experience)
        {
            Answer(context, experience);
            return;
        }

        context.State = context.State with { Salary = new SalaryState(1) };
        context.Say(new Reply(context.Text.Say(MessageKeys.AskYearsAgain)), "salary", TurnOutcome.Asked);
    }

    private static TableCard Card(TurnContext context, IReadOnlyList<SalaryBand> highlighted)
    {
        var text = context.Text;
        var table = context.Role.Salaries;
        return new TableCard(
            text.Say(MessageKeys.CardTitle, ("country", table.Country)),
            [text.Say(MessageKeys.CardYears), text.Say(MessageKeys.CardYearly), text.Say(MessageKeys.CardMonthly)],
            [.. table.Bands.Select(band => new TableRow([text.BandSpan(band), text.YearlyRange(band), text.MonthlyRange(band)], highlighted.Contains(band)))],
            text.Say(MessageKeys.CardNote, ("country", table.Country)),
            new CardForm(Verb, YearsInput, text.Say(MessageKeys.CardInputLabel), text.Say(MessageKeys.CardInputPlaceholder), text.Say(MessageKeys.CardButton)));
    }

    private static void Answered(TurnContext context, string text, string handledAs, TableCard card)
    {
        context.State = context.State with { Salary = null, LastTopic = Topic.Salary };
        var actions = new[]
        {
            context.Text.Action(MessageKeys.ActionAllSalaries, MessageKeys.ActionAllSalariesValue),
            context.Text.Action(MessageKeys.ActionCareerPaths, MessageKeys.ActionCareerPathsValue),
            context.Text.Action(MessageKeys.ActionMissions, MessageKeys.ActionMissionsValue),
        };
        context.Say(new Reply(text, actions, card), handledAs, TurnOutcome.Answered);
    }

    private static Experience? FromBareNumber(Utterance utterance) =>
        utterance.BareNumber is { } number and >= 0 and <= 60 ? Experience.Exactly(number) : null;
}
