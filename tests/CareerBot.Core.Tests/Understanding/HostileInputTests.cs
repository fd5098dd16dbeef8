using CareerBot.Core.Understanding;

namespace CareerBot.Core.Tests.Understanding;

public sealed class HostileInputTests
{
    public static TheoryData<string> Inputs => new()
    {
        "",
        " ",
        "\t\n",
        "🙂🙂🙂",
        "<b>salary</b>",
        "<script>alert('x')</script>",
        "&lt;salary&gt;",
        new string('a', 10_000),
        string.Concat(Enumerable.Repeat("since 2019 I have 5 years ", 400)),
        string.Concat(Enumerable.Repeat("<<<>>>", 2000)),
        "\0\u0001\u200b",
        "-99999999999999999999999999999 years",
        "1e400 years",
        "ﷺ ﷽ 𝕤𝕒𝕝𝕒𝕣𝕪",
        "٣ سنوات",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Never_throws(string text)
    {
        var utterance = Recognizers.Shared.Recognize(text, locale: null);

        Assert.NotNull(utterance.Language);
    }

    [Fact]
    public void Reads_html_as_text()
    {
        var utterance = Recognizers.Shared.Recognize("<b>salary</b> with <i>5 years</i>", "en-US");

        Assert.Equal(Intent.Salary, utterance.Intent);
        Assert.Equal(Experience.Exactly(5), utterance.Experience);
    }

    [Fact]
    public void Reads_only_the_start_of_a_long_message()
    {
        var text = "salary with 5 years " + new string('x', 10_000) + " 9 years";

        var utterance = Recognizers.Shared.Recognize(text, "en-US");

        Assert.Equal(Experience.Exactly(5), utterance.Experience);
    }

    [Fact]
    public void Serves_concurrent_requests_as_it_serves_one()
    {
        var texts = new[]
        {
            "since 2019", "depuis mars 2015", "5+ yrs", "entre 3 et 4 ans", "what about 16?", "I began in March 2015",
            "j'ai 41 ans et 9 ans d'expérience", "salary in Germany", "développeur frontend",
        };
        var requests = Enumerable.Range(0, 400).Select(i => (Text: texts[i % texts.Length], Locale: i % 2 == 0 ? "en" : "fr")).ToList();
        var expected = requests.Select(r => Recognizers.Shared.Recognize(r.Text, r.Locale)).ToList();

        var actual = requests.AsParallel().AsOrdered().WithDegreeOfParallelism(8)
            .Select(r => Recognizers.Shared.Recognize(r.Text, r.Locale))
            .ToList();

        Assert.Equal(expected, actual);
    }
}
