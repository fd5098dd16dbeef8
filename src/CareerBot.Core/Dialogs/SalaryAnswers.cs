using CareerBot.Conversation;
using CareerBot.Core.Content;
using CareerBot.Core.State;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Dialogs;

/// <summary>The salary answers that give figures, for one turn of <see cref="SalaryDialog"/>: a band, bands side by
/// side, the bands of a title, the highest or lowest figure, gross or net, the whole table. Every figure is the role
/// file's, a twelfth of one rounded to the hundred, or one at the file's declared net rate.</summary>
/// <param name="input">The turn.</param>
/// <param name="figures">The kind of figure asked, with what a question for years asked before.</param>
/// <param name="pay">The yearly pay the user stated, if any.</param>
internal sealed class SalaryAnswers(TurnInput input, Figures figures, decimal? pay)
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
            Cites = true,
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

    /// <summary>What the article does not give that the question asks, said before the table.</summary>
    public static IEnumerable<string> Limits(Figures figures, Frame frame)
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
}
