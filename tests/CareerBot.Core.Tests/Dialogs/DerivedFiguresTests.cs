using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.Conversation;
using CareerBot.Core.Content;
using CareerBot.Core.Dialogs;
using CareerBot.Core.State;
using CareerBot.Core.Tests.Dialogs.Transcripts;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Dialogs;

/// <summary>CareerBot never states a euro figure that is not the content's: every amount in every reply (text and card)
/// is a band's minimum or maximum, a twelfth of one rounded to the hundred, the same at the role file's declared net
/// rate, or an amount the user wrote. Checked on every turn of every transcript and on generated questions.</summary>
public sealed partial class DerivedFiguresTests
{
    private static readonly Lazy<HashSet<decimal>> Derivable = new(() => DerivableFrom(TestContent.Catalog));

    public static TheoryData<string> Transcripts() => TranscriptTests.Files();

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Every_figure_of_a_transcript_comes_from_the_content(string file)
    {
        var transcript = Transcript.Parse(file, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Dialogs", "Transcripts", file)));
        transcript.Settings.TryGetValue("locale", out var locale);
        var engine = Engine();
        var invented = new List<string>();
        foreach (var step in transcript.Steps.Where(s => s.Kind == "user"))
        {
            var result = await engine.HandleAsync(new Turn("figures", "user", TurnKind.Message, step.Text, locale), CancellationToken.None);
            invented.AddRange(Invented(step.Text, result).Select(amount => $"{file}:{step.Line} \"{step.Text}\": {amount}"));
        }

        Assert.True(invented.Count == 0, "figures not derivable from the content:\n" + string.Join('\n', invented));
    }

    [Theory]
    [InlineData("en-US", "salary with {0} years of experience")]
    [InlineData("en-US", "net per month with {0} years of experience?")]
    [InlineData("en-US", "{0} vs {1} years, what's the difference in pay?")]
    [InlineData("en-US", "I earn 41k with {0} years of experience, am I underpaid?")]
    [InlineData("en-US", "hourly rate for a freelance with {0} years?")]
    [InlineData("fr-FR", "salaire avec {0} ans d'expérience")]
    [InlineData("fr-FR", "combien en net par mois avec {0} ans d'expérience ?")]
    [InlineData("fr-FR", "je gagne 52 000 € avec {0} ans d'expérience, suis-je sous-payé ?")]
    public async Task Every_figure_for_any_number_of_years_comes_from_the_content(string locale, string question)
    {
        var engine = Engine();
        var invented = new List<string>();
        for (var years = 0m; years <= 55; years += 0.5m)
        {
            var text = string.Format(CultureInfo.InvariantCulture, question, years, years + 7);
            var result = await engine.HandleAsync(new Turn($"figures-{years}", "user", TurnKind.Message, text, locale), CancellationToken.None);
            invented.AddRange(Invented(text, result).Select(amount => $"\"{text}\": {amount}"));
        }

        Assert.True(invented.Count == 0, "figures not derivable from the content:\n" + string.Join('\n', invented));
    }

    [Theory]
    [InlineData("With 7 years, expect **€50,000–€73,000**.", "50000")]
    [InlineData("Avec 7 ans : **59 000 € à 75 000 €**.", "75000")]
    [InlineData("About €6,000 a month.", "6000")]
    public void The_check_finds_a_figure_the_content_does_not_give(string reply, string invented)
    {
        var result = new TurnResult([new Reply(reply)], "en", "salary", TurnOutcome.Answered);

        Assert.Equal([decimal.Parse(invented, CultureInfo.InvariantCulture)], Invented("a question", result));
    }

    private static ConversationEngine Engine() =>
        new(TestContent.Catalog, TestContent.Recognizer(new FakeTimeProvider(TestContent.Today)), new MemoryConversationStateStore());

    /// <summary>The amounts of <paramref name="result"/> that are neither derivable from the content nor written by the
    /// user in <paramref name="question"/>.</summary>
    private static List<decimal> Invented(string question, TurnResult result)
    {
        var stated = Numbers(question).SelectMany(n => new[] { n, n * 1000 }).ToHashSet();
        var texts = result.Replies.SelectMany(r => new[] { r.Markdown }
            .Concat(r.Card is { } card ? card.Rows.SelectMany(row => row.Cells).Append(card.Title).Append(card.Note ?? string.Empty) : []));
        return [.. texts.SelectMany(Amounts).Where(a => !Derivable.Value.Contains(a) && !stated.Contains(a)).Distinct()];
    }

    /// <summary>The content's figures and what the replies may derive from them.</summary>
    private static HashSet<decimal> DerivableFrom(ContentCatalog catalog)
    {
        var figures = new HashSet<decimal>();
        foreach (var role in catalog.Languages.SelectMany(l => l.Roles))
        {
            foreach (var amount in role.Salaries.Bands.SelectMany(b => new[] { b.Minimum, b.Maximum }))
            {
                figures.Add(amount);
                figures.Add(Hundreds(amount / 12));
                if (role.NetRate is { } rate)
                {
                    figures.Add(Hundreds(amount * rate.Rate));
                    figures.Add(Hundreds(amount * rate.Rate / 12));
                }
            }
        }

        return figures;
    }

    private static decimal Hundreds(decimal amount) => Math.Round(amount / 100, MidpointRounding.AwayFromZero) * 100;

    /// <summary>Euro amounts as English ("€35,000") and French ("35 000 €") replies write them.</summary>
    private static IEnumerable<decimal> Amounts(string text)
    {
        foreach (Match match in Euros().Matches(text))
        {
            var digits = (match.Groups["en"].Success ? match.Groups["en"].Value : match.Groups["fr"].Value)
                .Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal)
                .Replace("\u202F", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal);
            yield return decimal.Parse(digits, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The numbers the user wrote ("41k" gives 41, "52 000" gives 52000).</summary>
    private static IEnumerable<decimal> Numbers(string text) =>
        UserNumbers().Matches(text).Select(m => decimal.Parse(Regex.Replace(m.Value, @"[\s,]", string.Empty), CultureInfo.InvariantCulture));

    [GeneratedRegex(@"€\s?(?<en>\d{1,3}(?:,\d{3})+|\d+)|(?<fr>\d{1,3}(?:[ \u202F\u00A0]\d{3})+|\d+)\s?€")]
    private static partial Regex Euros();

    [GeneratedRegex(@"\d{1,3}(?:[ ,]\d{3})+|\d+")]
    private static partial Regex UserNumbers();
}
