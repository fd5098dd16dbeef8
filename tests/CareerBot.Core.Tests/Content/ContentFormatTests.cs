using CareerBot.Core.Content;

namespace CareerBot.Core.Tests.Content;

/// <summary>How the content format reads: message slicing, front matter lists, figures with thousands separators.</summary>
public sealed class ContentFormatTests : IDisposable
{
    private readonly ContentFixture fixture = new();

    [Fact]
    public void A_message_is_the_exact_markdown_under_its_heading()
    {
        var messages = fixture.Load().In("en").Messages;

        Assert.Equal("Hello!", messages[new MessageKey("welcome")]);
        Assert.Equal("With {years} years: **{min}**.", messages[new MessageKey("salary", "years", "min")]);
        Assert.Equal("With 3 years: **40,000**.", messages.Format(new MessageKey("salary", "years", "min"), ("years", "3"), ("min", "40,000")));
    }

    [Fact]
    public void Placeholders_are_filled_once_and_values_are_inserted_as_written()
    {
        var messages = fixture.Load().In("en").Messages;
        var key = new MessageKey("salary", "years", "min");

        Assert.Equal("With {role} years: **{min}**.", messages.Format(key, ("years", "{role}")));
        Assert.Equal("With 3 years: **9**.", messages.Format(key, ("min", "9"), ("years", "3")));
        Assert.Equal("With 3 years: **{min}**.", messages.Format(key, ("role", "x"), ("years", "3")));
    }

    [Fact]
    public void A_multi_paragraph_message_keeps_its_markdown()
    {
        fixture.Replace("en/messages.md", "Hello!", "Hello!\n\n- one\n- two\n\n> quoted `code`");

        var text = fixture.Load().In("en").Messages[new MessageKey("welcome")];

        Assert.Equal("Hello!\n\n- one\n- two\n\n> quoted `code`", text);
    }

    [Fact]
    public void Windows_line_endings_read_the_same()
    {
        var path = Path.Combine(fixture.Root, "en/tester.md");
        File.WriteAllText(path, File.ReadAllText(path).ReplaceLineEndings("\r\n"));

        var role = fixture.Load().In("en").Roles[0];

        Assert.Equal(["Write tests.", "Run tests."], role.Missions);
    }

    [Fact]
    public void Sections_keep_their_markdown_and_headings_are_in_the_file_language()
    {
        var catalog = fixture.Load();
        var english = catalog.In("en").Roles[0];
        var french = catalog.In("fr").Roles[0];

        Assert.Equal("Testers *test*.", english.Summary);
        Assert.Equal("Les testeurs *testent*.", french.Summary);
        Assert.Equal("Cela dépend.", french.Salaries.Context);
        Assert.Equal(["Responsable des tests"], french.CareerPaths.Select(p => p.Title));
    }

    [Fact]
    public void Aliases_are_a_comma_list_or_dash_lines()
    {
        var catalog = fixture.Load();

        Assert.Equal(["test engineer", "QA"], catalog.In("en").Roles[0].Aliases);
        Assert.Equal(["testeuse", "ingénieur test"], catalog.In("fr").Roles[0].Aliases);
    }

    [Fact]
    public void Bands_remember_their_line()
    {
        var bands = fixture.Load().In("fr").Roles[0].Salaries.Bands;

        Assert.Equal(["fr/tester.md:31", "fr/tester.md:32", "fr/tester.md:33"], bands.Select(b => b.Source.ToString()));
    }

    [Theory]
    [InlineData("30000", 30_000)]
    [InlineData("30,000", 30_000)]
    [InlineData("30 000", 30_000)]
    [InlineData("30\u00A0000", 30_000)]
    [InlineData("30\u202F000", 30_000)]
    [InlineData("9,030", 9_030)]
    public void Figures_may_use_thousands_separators(string written, int expected)
    {
        fixture.Replace("en/tester.md", "|  30,000 |", $"| {written} |");
        fixture.Replace("fr/tester.md", "|  30 000 |", $"| {expected} |");

        var band = fixture.Load().In("en").Roles[0].Salaries.Bands[0];

        Assert.Equal(expected, band.Minimum);
    }

    [Theory]
    [InlineData("0–2", 0, 2)]
    [InlineData("0-2", 0, 2)]
    [InlineData("0 – 2", 0, 2)]
    [InlineData("0—2", 0, 2)]
    public void Year_spans_accept_dashes(string written, int from, int to)
    {
        fixture.Replace("en/tester.md", "| 0–2   |", $"| {written} |");

        var band = fixture.Load().In("en").Roles[0].Salaries.Bands[0];

        Assert.Equal((from, to), ((int)band.FromYears, (int?)band.ToYears));
    }

    [Fact]
    public void The_last_band_is_open_ended()
    {
        var band = fixture.Load().In("en").Roles[0].Salaries.Bands[^1];

        Assert.Equal(5m, band.FromYears);
        Assert.Null(band.ToYears);
    }

    [Fact]
    public void More_roles_need_no_code_change()
    {
        fixture.Write("en/analyst.md", File.ReadAllText(Path.Combine(fixture.Root, "en/tester.md")).Replace("name: tester", "name: analyst", StringComparison.Ordinal));
        fixture.Write("fr/analyst.md", File.ReadAllText(Path.Combine(fixture.Root, "fr/tester.md")).Replace("name: testeur", "name: analyste", StringComparison.Ordinal));

        var roles = fixture.Load().In("fr").Roles;

        Assert.Equal(["analyst", "tester"], roles.Select(r => r.Id));
        Assert.Equal("analyste", roles[0].Name);
    }

    public void Dispose() => fixture.Dispose();
}
