using CareerBot.Conversation;
using CareerBot.Core.Content;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Dialogs;

/// <summary>Turns content and figures into the sentences of one language: every word comes from the content files,
/// numbers are formatted with the language's culture. Every figure is one of the content's, or derived from one the
/// way the sentence says (a month is a twelfth of a year; a net estimate applies the role file's declared rate).</summary>
public sealed class ReplyText
{
    private readonly LanguageContent content;
    private readonly Role role;

    /// <summary>Creates the formatter for one language and role.</summary>
    public ReplyText(LanguageContent content, Role role)
    {
        this.content = content;
        this.role = role;
    }

    /// <summary>The message <paramref name="key"/> with <c>{role}</c> and the given placeholders filled in.</summary>
    public string Say(MessageKey key, params ReadOnlySpan<(string Name, string Value)> values) =>
        content.Messages.Format(key, values, ("role", role.Name));

    /// <summary>A suggested action whose title and sent text come from the content.</summary>
    public SuggestedAction Action(MessageKey title, MessageKey value) =>
        new(content.Messages[title], content.Messages[value]);

    /// <summary>The citation of the role's article, for answers that state its facts: its title, abstract and address
    /// as the role file gives them, and the "Source:" line of channels that show no citation.</summary>
    public Citation Citation()
    {
        var article = role.Article;
        var line = article.Url is { } url
            ? Say(MessageKeys.SourceLink, ("title", article.Title), ("url", url.AbsoluteUri))
            : Say(MessageKeys.SourceLine, ("title", article.Title));
        return new Citation(article.Title, article.Abstract, article.Url, line);
    }

    /// <summary>A limit of the role's article, said plainly.</summary>
    public string Limit(string id) => role.Limits[id].Text;

    /// <summary>A number of years as users read it ("7", "3.5", "3,5").</summary>
    public string Number(decimal value) =>
        decimal.Round(value, 1).ToString("0.#", content.Language.Culture);

    /// <summary>The experience the user stated ("7 years", "3 to 4 years", "5+ years").</summary>
    public string Experience(Experience experience)
    {
        if (experience.UpToYears is { } upTo)
        {
            return Say(MessageKeys.ExperienceRange, ("from", Number(experience.Years)), ("to", Number(upTo)));
        }

        if (experience.OrMore)
        {
            return Say(MessageKeys.ExperienceOrMore, ("years", Number(experience.Years)));
        }

        return Years(experience.Years);
    }

    /// <summary>A number of years ("7 years", "1 year", "1,5 an").</summary>
    public string Years(decimal years)
    {
        var key = content.Language.IsSingular(years) ? MessageKeys.ExperienceOne : MessageKeys.ExperienceMany;
        return Say(key, ("years", Number(years)));
    }

    /// <summary>A band's span of years ("2 to 5 years", "over 15 years").</summary>
    public string BandSpan(SalaryBand band) => band.ToYears is { } to
        ? Say(MessageKeys.BandSpan, ("from", Number(band.FromYears)), ("to", Number(to)))
        : Say(MessageKeys.BandOpen, ("from", Number(band.FromYears)));

    /// <summary>A yearly range ("€35,000–€47,000").</summary>
    public string YearlyRange(decimal minimum, decimal maximum) =>
        Say(MessageKeys.MoneyRange, ("min", Money(minimum)), ("max", Money(maximum)));

    /// <summary>A band's yearly range ("€35,000–€47,000").</summary>
    public string YearlyRange(SalaryBand band) => YearlyRange(band.Minimum, band.Maximum);

    /// <summary>An approximate monthly range, a twelfth of the yearly one rounded to the hundred ("€2,900–€3,900").</summary>
    public string MonthlyRange(decimal minimum, decimal maximum) =>
        Say(MessageKeys.MonthlyRange, ("min", Money(Monthly(minimum))), ("max", Money(Monthly(maximum))));

    /// <summary>A band's approximate monthly range.</summary>
    public string MonthlyRange(SalaryBand band) => MonthlyRange(band.Minimum, band.Maximum);

    /// <summary>One band as a list line.</summary>
    public string BandLine(SalaryBand band) =>
        Say(MessageKeys.SalaryBandLine, ("band", BandSpan(band)), ("range", YearlyRange(band)), ("monthly", MonthlyRange(band)));

    /// <summary>An amount of money ("€35,000").</summary>
    public string Money(decimal amount) =>
        Say(MessageKeys.Money, ("amount", amount.ToString("#,0", content.Language.Culture)));

    /// <summary>A rate as a percentage ("78%").</summary>
    public string Percent(decimal rate) =>
        Say(MessageKeys.Percent, ("value", (rate * 100m).ToString("0.#", content.Language.Culture)));

    /// <summary>The estimate of net pay for a gross yearly range, by the role file's declared rate and its source.</summary>
    public string NetEstimate(NetRate rate, decimal minimum, decimal maximum) => Say(
        MessageKeys.NetEstimate,
        ("range", YearlyRange(Hundreds(minimum * rate.Rate), Hundreds(maximum * rate.Rate))),
        ("monthly", MonthlyRange(minimum * rate.Rate, maximum * rate.Rate)),
        ("rate", Percent(rate.Rate)),
        ("source", rate.Source));

    /// <summary>Items as a Markdown bullet list.</summary>
    public static string BulletList(IEnumerable<string> items) => string.Join('\n', items.Select(item => "- " + item));

    /// <summary>Parts of a reply as paragraphs, leaving out empty ones.</summary>
    public static string Paragraphs(params IEnumerable<string?> parts) =>
        string.Join("\n\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>A twelfth of a yearly amount, rounded to the hundred.</summary>
    public static decimal Monthly(decimal yearly) => Hundreds(yearly / 12m);

    /// <summary>An amount rounded to the hundred.</summary>
    public static decimal Hundreds(decimal amount) => decimal.Round(amount / 100m, MidpointRounding.AwayFromZero) * 100m;
}
