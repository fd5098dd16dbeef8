using CareerBot.Conversation;
using CareerBot.Core.Content;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Dialogs;

/// <summary>Turns content and figures into the sentences of one language: every word comes from the content files,
/// numbers are formatted with the language's culture.</summary>
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

        var key = content.Language.IsSingular(experience.Years) ? MessageKeys.ExperienceOne : MessageKeys.ExperienceMany;
        return Say(key, ("years", Number(experience.Years)));
    }

    /// <summary>A band's span of years ("2 to 5 years", "over 15 years").</summary>
    public string BandSpan(SalaryBand band) => band.ToYears is { } to
        ? Say(MessageKeys.BandSpan, ("from", Number(band.FromYears)), ("to", Number(to)))
        : Say(MessageKeys.BandOpen, ("from", Number(band.FromYears)));

    /// <summary>A band's yearly range ("€35,000–€47,000").</summary>
    public string YearlyRange(SalaryBand band) =>
        Say(MessageKeys.MoneyRange, ("min", Money(band.Minimum)), ("max", Money(band.Maximum)));

    /// <summary>A band's approximate monthly range, rounded to the hundred ("€2,900–€3,900").</summary>
    public string MonthlyRange(SalaryBand band) =>
        Say(MessageKeys.MonthlyRange, ("min", Money(Monthly(band.Minimum))), ("max", Money(Monthly(band.Maximum))));

    /// <summary>One band as a list line.</summary>
    public string BandLine(SalaryBand band) =>
        Say(MessageKeys.SalaryBandLine, ("band", BandSpan(band)), ("range", YearlyRange(band)), ("monthly", MonthlyRange(band)));

    /// <summary>Items as a Markdown bullet list.</summary>
    public static string BulletList(IEnumerable<string> items) => string.Join('\n', items.Select(item => "- " + item));

    private string Money(decimal amount) =>
        Say(MessageKeys.Money, ("amount", amount.ToString("#,0", content.Language.Culture)));

    private static decimal Monthly(decimal yearly) => decimal.Round(yearly / 12m / 100m, MidpointRounding.AwayFromZero) * 100m;
}
