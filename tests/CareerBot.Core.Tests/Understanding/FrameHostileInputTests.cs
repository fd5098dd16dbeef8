using CareerBot.Core.Understanding;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>Whatever a user sends, recognition returns a frame and never throws: empty and huge messages, emoji,
/// markup, control characters, absurd numbers, scripts CareerBot does not read; several requests at once get what one
/// gets alone.</summary>
public sealed class FrameHostileInputTests
{
    /// <summary>Hostile messages by name (the names keep the test list readable).</summary>
    private static readonly Dictionary<string, string> Hostile = new(StringComparer.Ordinal)
    {
        ["empty"] = "",
        ["space"] = " ",
        ["whitespace"] = "\t\n\r\u00a0\u202f",
        ["emoji only"] = "🙂🙂🙂",
        ["money emoji"] = "💰",
        ["emoji sequence"] = "👩‍💻🏳️‍🌈",
        ["bold markup"] = "<b>salary</b>",
        ["script"] = "<script>alert('x')</script>",
        ["entities"] = "&lt;salary&gt; &#0; &#xFFFF; &bogus;",
        ["unclosed tag"] = "<b salary with 5 years",
        ["10,000 letters"] = new string('a', 10_000),
        ["10,000 characters of questions"] = string.Concat(Enumerable.Repeat("since 2019 I have 5 years ", 400)),
        ["10,000 characters of brackets"] = string.Concat(Enumerable.Repeat("<<<>>>", 2000)),
        ["10,000 characters of digits"] = string.Concat(Enumerable.Repeat("1234567890", 1000)),
        ["10,000 characters of numbers and units"] = string.Concat(Enumerable.Repeat("-3 years 100 ans 55k ", 500)),
        ["control characters"] = "\0\u0001\u0007\u001b[31msalary\u001b[0m\u007f",
        ["zero-width characters"] = "\u200b\u200c\u200d\ufeff",
        ["right-to-left override"] = "\u202esalary with 5 years",
        ["lone surrogate"] = "salary \ud800 with \udc00 5 years",
        ["noncharacter"] = "salary \uffff",
        ["huge negative"] = "-99999999999999999999999999999 years",
        ["huge number"] = "999999999999999999999999999999999999 years",
        ["exponent"] = "1e400 years",
        ["mathematical letters"] = "ﷺ ﷽ 𝕤𝕒𝕝𝕒𝕣𝕪",
        ["Arabic"] = "٣ سنوات",
        ["Chinese"] = "后端开发人员的工资是多少？",
        ["only punctuation"] = "?!?!...;;;",
        ["SQL"] = "'; DROP TABLE users; --",
        ["JSON"] = "{\"text\": \"salary\", \"years\": 5}",
    };

    /// <summary>Each Hostile message by name, with no locale, each of CareerBot's and one it does not know.</summary>
    public static TheoryData<string, string?> Inputs()
    {
        var data = new TheoryData<string, string?>();
        foreach (var name in Hostile.Keys)
        {
            foreach (var locale in new[] { null, "en-US", "fr-FR", "xx" })
            {
                data.Add(name, locale);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Never_throws(string name, string? locale)
    {
        var frame = Recognizers.Shared.Recognize(Hostile[name], locale);

        Assert.NotNull(frame.Language);
        Assert.NotNull(frame.Subject);
        Assert.NotNull(frame.Topics);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂🙂🙂")]
    [InlineData("\0\u0001\u200b")]
    [InlineData("<<<>>>")]
    public void A_message_without_words_asks_nothing(string text)
    {
        var frame = Recognizers.Shared.Recognize(text, "en-US");

        Assert.False(frame.HasWords);
        Assert.Equal(Requests.None, frame.Requests);
        Assert.False(frame.IsAboutPay);
    }

    [Theory]
    [InlineData("<b>salary</b> with <i>5 years</i>")]
    [InlineData("salary\nwith\n5 years")]
    [InlineData("salary?????  with   5    years!!!")]
    public void Reads_markup_and_layout_as_text(string text)
    {
        var frame = Recognizers.Shared.Recognize(text, "en-US");

        Assert.Equal(Requests.Salary, frame.Requests);
        Assert.Equal(Experience.Exactly(5), frame.Experience);
    }

    [Fact]
    public void Reads_only_the_start_of_a_long_message()
    {
        var text = "salary with 5 years " + new string('x', 10_000) + " 9 years";

        var frame = Recognizers.Shared.Recognize(text, "en-US");

        Assert.Equal(Experience.Exactly(5), frame.Experience);
    }

    [Fact]
    public void Serves_concurrent_requests_as_it_serves_one()
    {
        var texts = new[]
        {
            "since 2019", "depuis mars 2015", "5+ yrs", "entre 3 et 4 ans", "what about 16?", "I began in March 2015",
            "j'ai 41 ans et 9 ans d'expérience", "salary in Germany", "développeur frontend", "I earn 55k with 6 years",
            "What do backend developers actually do, and how much do they earn?", "Quel TJM pour un dev backend en freelance ?",
        };
        var requests = Enumerable.Range(0, 400).Select(i => (Text: texts[i % texts.Length], Locale: i % 2 == 0 ? "en" : "fr")).ToList();
        var expected = requests.Select(r => Describe(Recognizers.Shared.Recognize(r.Text, r.Locale))).ToList();

        var actual = requests.AsParallel().AsOrdered().WithDegreeOfParallelism(8)
            .Select(r => Describe(Recognizers.Shared.Recognize(r.Text, r.Locale)))
            .ToList();

        Assert.Equal(expected, actual);
    }

    /// <summary>The frame as text (its topics are a list, which a record compares by reference).</summary>
    private static string Describe(Frame frame) => $"{frame with { Topics = [] }} topics: {string.Join(',', frame.Topics)}";
}
