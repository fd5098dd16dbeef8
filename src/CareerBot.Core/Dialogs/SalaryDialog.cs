using CareerBot.Conversation;
using CareerBot.Core.Content;
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

        var answer = new Figuring(input, figures, pay);
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

        return answer.Table(Limits(figures, frame).ToArray());
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

    /// <summary>The bands a title stands for, the article speaking in years: a junior's is the first, a mid-level's
    /// those between the first and the last two, a senior's the last two (the last alone beside others).</summary>
    private static IReadOnlyList<SalaryBand> BandsOf(Levels level, SalaryTable table, bool beside)
    {
        var bands = table.Bands;
        var upper = beside ? 1 : Math.Min(2, bands.Count - 1);
        return level switch
        {
            Levels.Junior => [bands[0]],
            Levels.Mid => [.. bands.Skip(1).Take(Math.Max(1, bands.Count - 1 - upper))],
            _ => [.. bands.TakeLast(upper)],
        };
    }

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

    /// <summary>What the article does not give that the question asks, said before the table.</summary>
    private static IEnumerable<string> Limits(Figures figures, Frame frame)
    {
        if (figures.HasFlag(Figures.Average))
        {
            yield return LimitIds.Average;
        }

        if (figures.HasFlag(Figures.Freelance))
        {
            yield return LimitIds.Freelance;
        }

        if ((figures & (Figures.Hourly | Figures.Daily)) != 0)
        {
            yield return LimitIds.Rates;
        }

        if (frame.Place is { Kind: PlaceKind.City or PlaceKind.Regions })
        {
            yield return LimitIds.Regions;
        }
    }

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

    /// <summary>The answers that give figures, for one turn.</summary>
    private sealed class Figuring(TurnInput input, Figures figures, decimal? pay)
    {
        private readonly ReplyText text = input.Text;
        private readonly SalaryTable table = input.Role.Salaries;

        private (string Name, string Value) Country => ("country", table.Country);

        public DialogOutcome Band(Experience years)
        {
            var bands = SalaryBandLookup.For(table, years);
            if (bands.Count == 0)
            {
                return Table();
            }

            var said = text.Experience(years);
            string sentence;
            if (bands.Count == 1)
            {
                var band = bands[0];
                sentence = text.Say(MessageKeys.SalaryBand, ("experience", said), Country, ("range", text.YearlyRange(band)), ("monthly", text.MonthlyRange(band)));
            }
            else
            {
                var intro = years.UpToYears is null ? MessageKeys.SalaryBoundary : MessageKeys.SalarySpan;
                sentence = text.Say(intro, ("experience", said), Country) + "\n\n" + string.Join('\n', bands.Select(text.BandLine));
            }

            var minimum = bands[0].Minimum;
            var maximum = bands[^1].Maximum;
            var hint = input.State.HintShown ? null : text.Say(MessageKeys.SalaryContext, ("context", table.Context)) + " " + Hint(bands);
            var markdown = ReplyText.Paragraphs(
                sentence,
                Net(minimum, maximum),
                PayBeside(minimum, maximum),
                Notes(),
                hint);
            return Answered(HandledAs.Salary, markdown, bands, Offers.Salary) with
            {
                State = Leave() with { LastYears = years, HintShown = true },
            };
        }

        /// <summary>Bands side by side, lowest first: for each title (junior, mid-level, senior) its bands, for each
        /// number of years its band.</summary>
        public DialogOutcome Compare(Levels levels, IReadOnlyList<Experience> experiences)
        {
            var lines = new List<(decimal From, string Line)>();
            var highlighted = new List<SalaryBand>();
            foreach (var level in new[] { Understanding.Levels.Junior, Understanding.Levels.Mid, Understanding.Levels.Senior }.Where(l => levels.HasFlag(l)))
            {
                var bands = BandsOf(level, table, beside: true);
                highlighted.AddRange(bands);
                lines.AddRange(bands.Select(b => (b.FromYears, text.BandLine(b))));
            }

            foreach (var years in experiences)
            {
                var bands = SalaryBandLookup.For(table, years);
                if (bands.Count == 0)
                {
                    continue;
                }

                highlighted.AddRange(bands);
                lines.Add((years.Years, text.Say(
                    MessageKeys.SalaryCompareLine,
                    ("experience", text.Experience(years)),
                    ("range", text.YearlyRange(bands[0].Minimum, bands[^1].Maximum)),
                    ("band", string.Join(", ", bands.Select(text.BandSpan))))));
            }

            var markdown = ReplyText.Paragraphs(
                levels == Understanding.Levels.None ? null : text.Limit(LimitIds.Seniority),
                text.Say(MessageKeys.SalaryCompare, Country) + "\n\n" + string.Join('\n', lines.OrderBy(l => l.From).Select(l => l.Line).Distinct()),
                Notes());
            var outcome = Answered(HandledAs.SalaryCompare, markdown, [.. highlighted.Distinct()], Offers.Salary);
            return experiences.Count == 0 ? outcome : outcome with { State = Leave() with { LastYears = experiences.MaxBy(e => e.Years) } };
        }

        public DialogOutcome FirstBand(string? limit)
        {
            var band = table.Bands[0];
            var markdown = ReplyText.Paragraphs(
                limit is null ? null : text.Limit(limit),
                text.Say(MessageKeys.SalaryFirstBand, ("band", text.BandSpan(band)), Country, ("range", text.YearlyRange(band)), ("monthly", text.MonthlyRange(band))),
                Net(band.Minimum, band.Maximum),
                Notes());
            return Answered(HandledAs.SalaryLevel, markdown, [band], Offers.Salary);
        }

        public DialogOutcome Bands(Levels level)
        {
            var bands = BandsOf(level, table, beside: false);
            var intro = level == Understanding.Levels.Mid ? MessageKeys.SalaryMiddleBands : MessageKeys.SalaryUpperBands;
            var markdown = ReplyText.Paragraphs(
                text.Limit(LimitIds.Seniority),
                text.Say(intro, Country) + "\n\n" + string.Join('\n', bands.Select(text.BandLine)),
                Notes(),
                text.Say(MessageKeys.TellYears));
            return Answered(HandledAs.SalaryLevel, markdown, bands, Offers.Salary);
        }

        public DialogOutcome Extreme(bool highest)
        {
            var band = highest ? table.Bands[^1] : table.Bands[0];
            var key = highest ? MessageKeys.SalaryHighest : MessageKeys.SalaryLowest;
            var amount = highest ? band.Maximum : band.Minimum;
            var markdown = ReplyText.Paragraphs(
                text.Say(key, ("amount", text.Money(amount)), ("band", text.BandSpan(band)), ("range", text.YearlyRange(band))),
                Notes());
            return Answered(HandledAs.SalaryExtreme, markdown, [band], Offers.Salary);
        }

        public DialogOutcome Basis()
        {
            var markdown = ReplyText.Paragraphs(text.Say(MessageKeys.SalaryBasis, Country), NetRate());
            return new DialogOutcome(HandledAs.SalaryBasis, TurnOutcome.Answered, markdown, Leave());
        }

        public DialogOutcome Table(params string[] limits)
        {
            var first = table.Bands[0];
            var last = table.Bands[^1];
            var markdown = ReplyText.Paragraphs(
                string.Join(' ', limits.Select(text.Limit)),
                text.Say(
                    MessageKeys.SalaryTable,
                    Country,
                    ("lowest", text.Money(first.Minimum)),
                    ("first", text.BandSpan(first)),
                    ("highest", text.Money(last.Maximum)),
                    ("last", text.BandSpan(last))),
                figures.HasFlag(Figures.Net) ? NetRate() : null,
                text.Say(MessageKeys.SalaryContext, ("context", table.Context)),
                text.Say(MessageKeys.TellYears));
            return Answered(HandledAs.SalaryTable, markdown, [], Offers.Salary | Offers.AllSalaries);
        }

        private DialogOutcome Answered(HandledAs handledAs, string markdown, IReadOnlyCollection<SalaryBand> highlighted, Offers covers) =>
            new(handledAs, TurnOutcome.Answered, markdown, Leave())
            {
                Card = SalaryCard.For(text, table, highlighted),
                Covers = covers,
            };

        /// <summary>The state after a salary answer: the question answered, the topic remembered.</summary>
        private ConversationState Leave() => input.State with { Salary = null, LastTopic = Topic.Salary };

        /// <summary>The net estimate of a yearly range, when the question asks for net pay: by the role file's declared
        /// rate, or, without one, that the article gives none.</summary>
        private string? Net(decimal minimum, decimal maximum) => !figures.HasFlag(Figures.Net) ? null
            : input.Role.NetRate is { } rate ? text.NetEstimate(rate, minimum, maximum)
            : text.Limit(LimitIds.Net);

        /// <summary>The declared gross-to-net rate, or that the article gives no net pay.</summary>
        private string NetRate() => input.Role.NetRate is { } rate
            ? text.Say(MessageKeys.NetRate, ("rate", text.Percent(rate.Rate)), ("source", rate.Source))
            : text.Limit(LimitIds.Net);

        /// <summary>The user's own pay beside the range, and that the article gives no advice, when they asked for some.</summary>
        private string? PayBeside(decimal minimum, decimal maximum)
        {
            if (pay is not { } amount)
            {
                return figures.HasFlag(Figures.Raise) ? text.Limit(LimitIds.Advice) : null;
            }

            var key = amount < minimum ? MessageKeys.PayBelow : amount > maximum ? MessageKeys.PayAbove : MessageKeys.PayWithin;
            return ReplyText.Paragraphs(text.Say(key, ("pay", text.Money(amount))), figures.HasFlag(Figures.Raise) ? text.Limit(LimitIds.Advice) : null);
        }

        /// <summary>What the article does not give that the question asked besides the figures (rates, freelance, a
        /// city or region), after them.</summary>
        private string? Notes() => string.Join(' ', Limits(figures, input.Frame).Select(text.Limit));

        /// <summary>How to compare with other years: with the years of the band after the highlighted ones (or before,
        /// at the top), never with the years just asked.</summary>
        private string Hint(IReadOnlyList<SalaryBand> bands)
        {
            var after = table.Bands.SkipWhile(b => b != bands[^1]).Skip(1).FirstOrDefault();
            var before = table.Bands.TakeWhile(b => b != bands[0]).LastOrDefault();
            var other = after ?? before ?? bands[0];
            var years = other.ToYears is { } to ? Math.Floor((other.FromYears + to) / 2) : other.FromYears + 5;
            return text.Say(MessageKeys.SalaryHint, ("years", text.Number(years)));
        }
    }
}
