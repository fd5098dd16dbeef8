using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.Core.Languages;

namespace CareerBot.Core.Understanding;

/// <summary>Reads years of experience: figures with a unit ("seven years", "18 mois", "a decade"), ranges
/// ("between 3 and 4 years"), open figures ("5+ yrs", "plus de 15 ans"), start dates ("since 2019", "j'ai commencé en
/// mars 2015") and "no experience"; ignores ages ("I'm 41", "30 years old"); notes years no one can have ("-3 years",
/// "100 years") and amounts of money ("55k"). Every word it reads comes from the vocabularies. Cheap regexes and the
/// number model run first; the DateTime model runs only for a relative start date no regex reads ("since last
/// year").</summary>
internal sealed class ExperienceExtractor(VocabularyIndex index, RecognizerModels models, TimeProvider timeProvider)
{
    /// <summary>No one has more years of experience than this; larger figures are implausible.</summary>
    public const decimal MaxYears = 50;

    /// <summary>"j'ai 41 ans" is an age from here on, unless experience is named.</summary>
    private const decimal AdultAge = 18;

    /// <summary>A bare number from here on is an amount of money, not years.</summary>
    private const decimal LeastPay = 1000;

    /// <summary>The least amount read as a yearly pay.</summary>
    private const decimal LeastYearlyPay = 10_000;

    /// <summary>Reads <paramref name="text"/>; <paramref name="payPhrases"/> are where the message asks about pay ("make a
    /// year", "how much"): "a year" right after or inside one is a period of pay, not a year of experience.</summary>
    public ExperienceReading Extract(NormalizedText text, Language language, IReadOnlyList<Range>? payPhrases = null)
    {
        if (text.TokenCount == 0)
        {
            return ExperienceReading.None;
        }

        var folded = text.Folded;
        var mentions = FindNumbers(text, language, payPhrases ?? []);
        var stated = new List<Experience>();
        var explicitly = new List<Experience>();
        decimal? bare = null;
        decimal? implausible = null;
        decimal? pay = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var before = Before(folded, mention.Start);
            if (index.AgeAfter.IsMatch(folded, mention.End))
            {
                continue;
            }

            if (!index.UnitAfter.IsMatch(folded, mention.End) && Pay(folded, mention, before) is { } amount)
            {
                pay ??= amount;
                continue;
            }

            if (mention.Value >= LeastPay && !mention.IsYear && !index.UnitAfter.IsMatch(folded, mention.End))
            {
                continue;
            }

            var unit = index.UnitAfter.Match(folded, mention.End);
            if (!unit.Success)
            {
                if (mention.IsYear || index.OtherUnitAfter.IsMatch(folded, mention.End) || index.AgeBefore.IsMatch(before))
                {
                    continue;
                }

                if (i + 1 < mentions.Count && TryRange(folded, mention, mentions[i + 1], before) is { } range)
                {
                    var explicitRange = index.ExperienceAfter.IsMatch(folded, UnitEnd(folded, mentions[i + 1]));
                    (explicitRange ? explicitly : stated).Add(range);
                    i++;
                    continue;
                }

                if (index.OneArticleWords.Contains(mention.Text))
                {
                    // "une expérience de 5 ans": an article, not one year.
                    continue;
                }

                var named = index.ExperienceBefore.IsMatch(before) || index.ExperienceAfter.IsMatch(folded, mention.End);
                if (named && mention.Value is < 0 or > MaxYears)
                {
                    implausible ??= mention.Value;
                }
                else if (named)
                {
                    explicitly.Add(Experience.Exactly(mention.Value));
                }
                else if (!index.OneArticleWords.Contains(mention.Text))
                {
                    // Any figure: as an answer to "how many years?", the dialog says whether it is plausible.
                    bare ??= mention.Value;
                }

                continue;
            }

            var years = ToYears(mention.Value, unit);
            var end = unit.Index + unit.Length;
            if (unit.Groups["y"].Success && i + 1 < mentions.Count && Months(folded, end, mentions[i + 1]) is { } months)
            {
                // "5 years and 6 months": one duration.
                years += months.Years;
                end = months.End;
                i++;
            }

            var orMore = unit.Groups["plus"].Success || unit.Groups["plus2"].Success
                || index.OrMoreBefore.IsMatch(before);
            var more = index.OrMoreAfter.Match(folded, end);
            if (more.Success)
            {
                orMore = true;
                end = more.Index + more.Length;
            }

            var isExplicit = index.ExperienceAfter.IsMatch(folded, end);
            var maybeAge = unit.Groups["y"].Success
                && (index.AmbiguousAgeBefore.IsMatch(before) || index.AgeBefore.IsMatch(before));
            if (maybeAge && !isExplicit && years >= AdultAge)
            {
                continue;
            }

            if (years < 0 || years > MaxYears)
            {
                implausible ??= years;
                continue;
            }

            var experience = index.LessThanBefore.IsMatch(before) ? new Experience(0, years)
                : orMore ? new Experience(years, OrMore: true)
                : Experience.Exactly(years);
            (isExplicit ? explicitly : stated).Add(experience);
        }

        List<Experience> found = [.. explicitly, .. stated];
        if (found.Count == 0 && FromStartDate(text, language) is { } since)
        {
            found.Add(since);
        }

        if (found.Count == 0 && index.NoExperience.IsMatch(folded))
        {
            found.Add(Experience.Exactly(0));
        }

        if (found.Count == 0 && bare == 0)
        {
            found.Add(Experience.Exactly(0));
            bare = null;
        }

        return new ExperienceReading(found, found.Count == 0 ? implausible : null, bare, pay);
    }

    /// <summary>The yearly amount <paramref name="mention"/> states, if it is money: followed by thousands ("55k",
    /// "52 mille"), next to the currency ("€55,000", "52 000 €"), or a figure too large to be years.</summary>
    private decimal? Pay(string folded, NumberMention mention, string before)
    {
        if (mention.IsYear || mention.Value <= 0)
        {
            return null;
        }

        decimal? amount = index.ThousandsAfter.IsMatch(folded, mention.End) && mention.Value < LeastPay ? mention.Value * 1000
            : mention.Value >= LeastPay ? mention.Value
            : (index.CurrencyNear.IsMatch(folded, mention.End) || index.CurrencyBefore.IsMatch(before)) && mention.Value >= 10 ? mention.Value * 1000
            : null;

        // A yearly pay: a smaller amount is a monthly or daily one, which the figures do not compare with.
        return amount >= LeastYearlyPay ? amount : null;
    }

    private List<NumberMention> FindNumbers(NormalizedText text, Language language, IReadOnlyList<Range> payPhrases)
    {
        var mentions = new List<NumberMention>();
        foreach (var result in models.ParseNumbers(language, text.Lower))
        {
            var written = result.Text.Trim();
            if (index.HalfWords.Any(h => h == written || h.EndsWith(" " + written, StringComparison.Ordinal))
                || written.Any(c => char.IsDigit(c) && !char.IsAsciiDigit(c))
                || result.Resolution is null
                || !result.Resolution.TryGetValue("value", out var raw)
                || raw is not string value
                || Overlaps(mentions, result.Start))
            {
                continue;
            }

            if (decimal.TryParse(value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                var start = result.Start;
                // "-3 years", "minus 3 years": the model reads 3; the sign before it is the user's.
                if (number > 0 && start > 0 && text.Lower[start - 1] == '-' && (start == 1 || char.IsWhiteSpace(text.Lower[start - 2])))
                {
                    number = -number;
                    start--;
                }
                else if (number > 0 && index.MinusBefore.Match(Before(text.Folded, start)) is { Success: true } minus
                    && !index.OrMoreBefore.IsMatch(Before(text.Folded, start)) && !index.LessThanBefore.IsMatch(Before(text.Folded, start)))
                {
                    number = -number;
                    start = Math.Max(0, start - 40) + minus.Index;
                }

                mentions.Add(new NumberMention(start, result.End + 1, number, written));
            }
        }

        // Number words of the vocabulary where the model read none, or only a part ("a dozen", "une dizaine" where the
        // model reads "une"; any number in a language it lacks). The model's longer readings win ("twenty-three").
        foreach (Match word in index.NumberWords.Matches(text.Folded))
        {
            var end = word.Index + word.Length;
            mentions.RemoveAll(m => word.Index <= m.Start && m.End <= end && m.End - m.Start < word.Length);
            if (!mentions.Exists(m => m.Start < end && word.Index < m.End) && index.NumberWordValues.TryGetValue(word.Value, out var value))
            {
                mentions.Add(new NumberMention(word.Index, end, value, word.Value));
            }
        }

        foreach (Match article in index.OneArticle.Matches(text.Folded))
        {
            // "45,000 a year", "60 grand a year", "how much a year", "make a year": a period of pay, not one year.
            var afterAmount = mentions.Exists(m => m.End <= article.Index && IsAmountEnd(text.Folded, m.End, article.Index));
            var inPayPhrase = payPhrases.Any(p => p.Start.Value <= article.Index && article.Index <= p.End.Value + 1);
            if (!Overlaps(mentions, article.Index) && !afterAmount && !inPayPhrase)
            {
                mentions.Add(new NumberMention(article.Index, article.Index + article.Value.TrimEnd().Length, 1, article.Value.Trim()));
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    /// <summary>The months <paramref name="next"/> adds to years ending at <paramref name="end"/>: "5 years and 6
    /// months", "2 ans et 3 mois".</summary>
    private (decimal Years, int End)? Months(string folded, int end, NumberMention next)
    {
        var unit = index.UnitAfter.Match(folded, next.End);
        if (!unit.Success || !unit.Groups["m"].Success || next.Start < end)
        {
            return null;
        }

        var between = folded[end..next.Start];
        var joiner = index.RangeJoiner.Match(between);
        if (between.Trim().Length > 0 && between.Trim() != "," && !(joiner.Success && joiner.Groups["and"].Success))
        {
            return null;
        }

        return (ToYears(next.Value, unit), unit.Index + unit.Length);
    }

    /// <summary>Whether only spaces, commas and a thousands word ("k", "grand") lie between an amount ending at
    /// <paramref name="end"/> and <paramref name="next"/>.</summary>
    private bool IsAmountEnd(string folded, int end, int next)
    {
        var thousands = index.ThousandsAfter.Match(folded, end);
        var from = thousands.Success && thousands.Index + thousands.Length <= next ? thousands.Index + thousands.Length : end;
        return string.IsNullOrWhiteSpace(folded[from..next].Replace(",", string.Empty, StringComparison.Ordinal));
    }

    private static bool Overlaps(List<NumberMention> mentions, int at) => mentions.Exists(m => m.Start <= at && at < m.End);

    private Experience? TryRange(string folded, NumberMention low, NumberMention high, string before)
    {
        var unit = index.UnitAfter.Match(folded, high.End);
        if (!unit.Success || low.End > high.Start)
        {
            return null;
        }

        var joiner = index.RangeJoiner.Match(folded[low.End..high.Start]);
        if (!joiner.Success || (joiner.Groups["and"].Success && !index.RangeOpenerBefore.IsMatch(before)))
        {
            return null;
        }

        var from = ToYears(low.Value, unit);
        var to = ToYears(high.Value, unit);
        if (from > to)
        {
            (from, to) = (to, from);
        }

        if (from < 0 || to > MaxYears)
        {
            return null;
        }

        return from == to ? Experience.Exactly(from) : new Experience(from, to);
    }

    private int UnitEnd(string folded, NumberMention mention)
    {
        var unit = index.UnitAfter.Match(folded, mention.End);
        return unit.Success ? unit.Index + unit.Length : mention.End;
    }

    private static decimal ToYears(decimal value, Match unit)
    {
        var half = unit.Groups["half"].Success || unit.Groups["half2"].Success ? 0.5m : 0m;
        if (unit.Groups["m"].Success)
        {
            return Math.Round((value + half) / 12m, 1, MidpointRounding.AwayFromZero);
        }

        return unit.Groups["d"].Success ? (value + half) * 10 : value + half;
    }

    private static string Before(string folded, int start) => folded[Math.Max(0, start - 40)..start];

    /// <summary>Years since a start date ("since 2019", "I began in March 2015", "depuis janvier") when a start word
    /// names one. Written dates are read by regexes in microseconds; the DateTime model (about 1 ms, more in French)
    /// runs only for relative dates no regex reads ("since last year", "depuis l'année dernière").</summary>
    private Experience? FromStartDate(NormalizedText text, Language language)
    {
        var folded = text.Folded;
        if (!index.StartCue.IsMatch(folded))
        {
            return null;
        }

        var today = timeProvider.GetLocalNow().DateTime.Date;
        return FromWrittenDate(folded, today)
            ?? FromMonthAfterStart(folded, today)
            ?? FromRelativeYear(folded)
            ?? (index.RelativeDate.IsMatch(folded) ? FromDateTimeModel(text.Lower, language, today) : null);
    }

    /// <summary>A year written in full ("started in 2020"), with its month when one comes right before it ("mars 2015",
    /// "03/2015"). A year alone counts whole years, as people do ("since 2019" is 7 years in 2026).</summary>
    private Experience? FromWrittenDate(string folded, DateTime today)
    {
        var match = index.WrittenDate.Match(folded);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        if (year > today.Year || today.Year - year > MaxYears)
        {
            return null;
        }

        var month = match.Groups["month"].Success ? index.MonthNumbers.GetValueOrDefault(match.Groups["month"].Value)
            : match.Groups["number"].Success ? int.Parse(match.Groups["number"].ValueSpan, CultureInfo.InvariantCulture)
            : 0;
        return month == 0 ? Experience.Exactly(today.Year - year) : Since(new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified), today);
    }

    /// <summary>A month without a year after a start word ("working since January"): its latest start not after today.</summary>
    private Experience? FromMonthAfterStart(string folded, DateTime today)
    {
        var match = index.MonthAfterStart.Match(folded);
        if (!match.Success || !index.MonthNumbers.TryGetValue(match.Groups["month"].Value, out var month))
        {
            return null;
        }

        var year = month <= today.Month ? today.Year : today.Year - 1;
        return Since(new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified), today);
    }

    /// <summary>"since last year" is a year, "depuis cette année" none yet, counted in whole years as for "since 2025".</summary>
    private Experience? FromRelativeYear(string folded) =>
        index.RelativeYear.Match(folded) is { Success: true } match
            ? Experience.Exactly(match.Groups["last"].Success ? 1 : 0)
            : null;

    /// <summary>Years since the start date the DateTime model finds after a start word, if any, once the model is
    /// built.</summary>
    private Experience? FromDateTimeModel(string lower, Language language, DateTime today)
    {
        // Not built yet (see RecognizerModels.TryParseDateTime): understood without it, the dialog asks for the years.
        foreach (var result in models.TryParseDateTime(language, lower, today) ?? [])
        {
            if (!result.TypeName.Contains("date", StringComparison.Ordinal)
                || result.TypeName.EndsWith("duration", StringComparison.Ordinal)
                || result.Resolution?.GetValueOrDefault("values") is not IEnumerable values)
            {
                continue;
            }

            foreach (var candidate in values.OfType<IDictionary<string, string>>())
            {
                if (!(candidate.TryGetValue("start", out var startText) || candidate.TryGetValue("value", out startText))
                    || !DateTime.TryParse(startText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                    || start > today)
                {
                    continue;
                }

                var timex = candidate.TryGetValue("timex", out var t) ? t : string.Empty;
                var yearOnly = timex.Length == 4 && timex.All(char.IsAsciiDigit);
                var years = yearOnly ? Experience.Exactly(today.Year - start.Year) : Since(start, today);
                if (years is { Years: <= MaxYears } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static Experience? Since(DateTime start, DateTime today) =>
        start > today ? null : Experience.Exactly(Math.Round((decimal)(today - start).TotalDays / 365.25m, 1, MidpointRounding.AwayFromZero));
}
