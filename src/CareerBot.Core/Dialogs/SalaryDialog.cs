using CareerBot.Conversation;
using CareerBot.Core.State;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Dialogs;

/// <summary>Salary, whatever the kind of figure asked: the band for given years (with its net estimate, the user's own
/// pay beside it, what the article does not give), bands side by side, the bands for a title, the highest or lowest
/// figure, gross or net, or the whole table. Asks for the years only when the answer needs them: the question is about
/// the user's own pay and does not say them. Every figure is the content's, or derived from it as the sentence says.</summary>
public sealed class SalaryDialog : IDialog
{
    /// <summary>Kinds of figure answered with the table and what the article does not give.</summary>
    private const Figures Rates = Figures.Hourly | Figures.Daily | Figures.Freelance;

    /// <summary>Whether the salary dialog has something to say: the message is about pay (and not about a career
    /// path's pay, nor only about a country abroad), or it gives the years the dialog waits for, or it follows up on a
    /// salary answer ("and with 12?", "what about in Paris?").</summary>
    public static bool Applies(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var frame = input.Frame;
        if (RouteTable.AsksCareerPathSalary(frame) || (frame.Place is { Kind: PlaceKind.Abroad } && frame.Experience is null))
        {
            return false;
        }

        return frame.IsAboutPay
            || (AcceptsBareNumber(input) && frame.BareNumber is not null)
            || (input.State.Salary is not null && (frame.Unsure || frame.Place is not null))
            || (IsFollowUp(input) && frame.Place is not null);
    }

    /// <inheritdoc />
    public DialogOutcome? Answer(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var frame = input.Frame;
        var waiting = input.State.Salary;
        var figures = frame.Figures | (waiting?.Figures ?? Figures.None);
        var pay = frame.StatedPay ?? waiting?.Pay;
        var years = Years(input, figures);
        var implausible = frame.ImplausibleYears
            ?? (years is null && AcceptsBareNumber(input) && frame.BareNumber is { } bare && !IsPlausible(bare) ? bare : null);
        if (years is null && implausible is { } wrong)
        {
            return Implausible(input, wrong, figures, pay);
        }

        var answer = new SalaryAnswers(input, figures, pay);
        if (frame.Subject.StartingOut && frame.Levels == Levels.None)
        {
            // Moving into the role: years elsewhere are not years in it.
            return answer.FirstBand(frame.Internships ? LimitIds.Internships : null);
        }

        var compared = (years is null ? 0 : 1) + (frame.OtherExperience is null ? 0 : 1) + LevelCount(frame.Levels);
        if (compared >= 2 && (figures.HasFlag(Figures.Compare) || frame.OtherExperience is not null || years is null))
        {
            return answer.Compare(frame.Levels, [.. new[] { years, frame.OtherExperience }.OfType<Experience>()]);
        }

        if (years is not null)
        {
            return answer.Band(years);
        }

        if (frame.Levels == Levels.Junior || frame.Internships || frame.Subject.StartingOut)
        {
            return answer.FirstBand(frame.Levels == Levels.Junior ? LimitIds.Seniority : frame.Internships ? LimitIds.Internships : null);
        }

        if (frame.Levels is Levels.Senior or Levels.Mid)
        {
            return frame.Asks(Requests.Salary | Requests.Table) || frame.Personal || frame.FollowUp ? answer.Bands(frame.Levels) : answer.Table(LimitIds.Seniority);
        }

        if (figures.HasFlag(Figures.Highest) || figures.HasFlag(Figures.Lowest))
        {
            return answer.Extreme(figures.HasFlag(Figures.Highest));
        }

        if (IsAboutBasis(frame, figures))
        {
            return answer.Basis();
        }

        if (AsksOwnPay(input, figures))
        {
            return AskYears(input, figures, pay);
        }

        return answer.Table([.. SalaryAnswers.Limits(figures, frame)]);
    }

    /// <summary>A card's button: the band for the years it sent (the dialog reads them as the answer to its question).</summary>
    public DialogOutcome FromCard(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var fromCard = input with { FromCard = true };
        if (Years(fromCard, Figures.None) is null && fromCard.Frame.ImplausibleYears is null && fromCard.Frame.BareNumber is null)
        {
            return new DialogOutcome(HandledAs.YearsUnclear, TurnOutcome.Asked, input.Text.Say(MessageKeys.AskYearsAgain), input.State with { Salary = new SalaryState(1) });
        }

        return Answer(fromCard)!;
    }

    private static int LevelCount(Levels levels) => System.Numerics.BitOperations.PopCount((uint)levels);

    /// <summary>Whether a number with no unit is years: while waiting for them, from a card, or as a follow-up on a
    /// salary answer that says so ("and with 12?") or is nothing but the number.</summary>
    private static bool AcceptsBareNumber(TurnInput input) =>
        input.State.Salary is not null || input.FromCard
        || (input.State.LastTopic == Topic.Salary && (input.Frame.FollowUp || InputText.IsOnlyANumber(input.Message)));

    private static bool IsFollowUp(TurnInput input) => input.State.LastTopic == Topic.Salary && input.Frame.FollowUp;

    private static bool IsPlausible(decimal years) => years is >= 0 and <= ExperienceExtractor.MaxYears;

    /// <summary>The years the answer is for: stated, a bare number where it means years, or, for a follow-up that
    /// changes only the kind of figure or the place ("and net?", "what about in Paris?"), the last band's.</summary>
    private static Experience? Years(TurnInput input, Figures figures)
    {
        var frame = input.Frame;
        if (frame.Experience is { } stated)
        {
            return stated;
        }

        if (AcceptsBareNumber(input) && frame.BareNumber is { } bare && IsPlausible(bare))
        {
            return Experience.Exactly(bare);
        }

        // "how much is that per month?", "and net?": the same years, another kind of figure ("gross or net?" asks what
        // the figures are, not another one).
        const Figures otherKind = Figures.Net | Figures.Monthly | Figures.Hourly | Figures.Daily;
        var refines = figures != Figures.None || frame.Place is not null || frame.StatedPay is not null;
        var sameYears = input.State.LastTopic == Topic.Salary && !figures.HasFlag(Figures.Gross) && ((figures & otherKind) != 0 || IsFollowUp(input));
        return sameYears && refines && !frame.Asks(Requests.Table) && frame.Levels == Levels.None ? input.State.LastYears : null;
    }

    /// <summary>A question only about whether the figures are gross or net ("are these net or gross?").</summary>
    private static bool IsAboutBasis(Frame frame, Figures figures) =>
        (figures & (Figures.Net | Figures.Gross)) != 0
        && (figures & (Rates | Figures.Average | Figures.WellPaid)) == 0
        && (figures.HasFlag(Figures.Gross) || !figures.HasFlag(Figures.Monthly))
        && !frame.Asks(Requests.Table)
        && (figures.HasFlag(Figures.Gross) || !frame.Asks(Requests.Salary));

    /// <summary>A question about the user's own pay that needs their years ("what can I expect?").</summary>
    private static bool AsksOwnPay(TurnInput input, Figures figures) =>
        (input.Frame.Personal || input.Frame.StatedPay is not null)
        && !input.Frame.Asks(Requests.Table)
        && !input.Frame.Unsure
        && (figures & (Rates | Figures.Average | Figures.WellPaid)) == 0
        && input.Frame.Place is null;

    private static DialogOutcome AskYears(TurnInput input, Figures figures, decimal? pay) => new(
        HandledAs.Salary,
        TurnOutcome.Asked,
        input.Text.Say(MessageKeys.AskYears),
        input.State with { Salary = new SalaryState(0, pay, figures) });

    private static DialogOutcome Implausible(TurnInput input, decimal years, Figures figures, decimal? pay)
    {
        var said = input.Text.Number(years);
        var text = years < 0
            ? input.Text.Say(MessageKeys.ImplausibleNegative, ("years", said))
            : input.Text.Say(MessageKeys.ImplausibleHigh, ("years", input.Text.Years(years)), ("top", input.Text.Number(input.Role.Salaries.Bands[^1].FromYears)));
        var failed = input.State.Salary?.FailedAttempts ?? 0;
        return new DialogOutcome(HandledAs.SalaryImplausible, TurnOutcome.Asked, text, input.State with { Salary = new SalaryState(failed, pay, figures) });
    }
}
