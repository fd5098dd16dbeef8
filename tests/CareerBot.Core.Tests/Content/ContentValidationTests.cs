using CareerBot.Core.Content;

namespace CareerBot.Core.Tests.Content;

/// <summary>Each case breaks one thing in a valid dialogs/ copy and expects start-up to fail at that file and line.</summary>
public sealed class ContentValidationTests : IDisposable
{
    private readonly ContentFixture fixture = new();

    [Fact]
    public void The_fixture_itself_is_valid()
    {
        var catalog = fixture.Load();

        Assert.Equal(["en", "fr"], catalog.Languages.Select(l => l.Language.Code));
    }

    [Fact]
    public void A_language_is_a_folder_of_its_own()
    {
        fixture.Delete("fr");

        Assert.Equal(["en"], fixture.Load().Languages.Select(l => l.Language.Code));
    }

    [Theory]
    [InlineData("en", "en/messages.md:1", "the folder 'en/' is missing")]
    [InlineData("en/messages.md", "en/messages.md:1", "the folder 'en/' is missing")]
    [InlineData("fr/vocabulary.md", "fr/vocabulary.md:1", "the vocabulary file is missing")]
    [InlineData("fr/tester.md", "fr/messages.md:1", "the folder 'fr/' has no role file")]
    public void A_missing_file_fails(string deleted, string location, string problem)
    {
        fixture.Delete(deleted);

        AssertFails(location, problem);
    }

    [Theory]
    // Messages
    [InlineData("en/messages.md", "## salary", "## salaries", "en/messages.md:9", "the message 'salary' is missing")]
    [InlineData("fr/messages.md", "{years}", "{yeers}", "fr/messages.md:9", "unknown placeholder {yeers}")]
    [InlineData("en/messages.md", "## salary", "## welcome", "en/messages.md:7", "the message 'welcome' is defined twice (first at line 3)")]
    [InlineData("en/messages.md", "## salary", "## Salary text", "en/messages.md:7", "'Salary text' is not a valid message key")]
    [InlineData("en/messages.md", "## salary", "### salary", "en/messages.md:7", "keys are level-2 headings")]
    [InlineData("fr/messages.md", "Bonjour !", "", "fr/messages.md:3", "the message 'welcome' has no text")]
    [InlineData("en/messages.md", "# Messages\n", "# Messages\nStray words.\n", "en/messages.md:2", "belongs to no message")]
    // Role sections
    [InlineData("en/tester.md", "## Qualities {#qualities}\n\nPatience.\n\n", "", "en/tester.md:38", "the section 'qualities' is missing")]
    [InlineData("fr/tester.md", "## Évolutions {#career-paths}\n\n- Responsable des tests\n", "", "fr/tester.md:39", "the section 'career-paths' is missing")]
    [InlineData("fr/tester.md", "{#missions}", "{#mission}", "fr/tester.md:16", "unknown section id '{#mission}'")]
    [InlineData("en/tester.md", "## Missions {#missions}", "## Missions", "en/tester.md:16", "the heading 'Missions' has no section id")]
    [InlineData("en/tester.md", "## Qualities {#qualities}", "## Qualities {#missions}", "en/tester.md:21", "the section 'missions' appears twice (first at line 16)")]
    [InlineData("en/tester.md", "- Write tests.\n- Run tests.\n", "", "en/tester.md:16", "the 'missions' section has no items")]
    [InlineData("fr/tester.md", "- Responsable des tests\n", "", "fr/tester.md:35", "the 'career-paths' section has no items")]
    [InlineData("en/tester.md", "- Run tests.\n", "- Run tests.\n\nAnd more.\n", "en/tester.md:21", "holds one bullet list and nothing else")]
    [InlineData("en/tester.md", "Patience.", "", "en/tester.md:21", "the 'qualities' section is empty")]
    [InlineData("en/tester.md", "# Tester\n", "# Tester\n\nStray words.\n", "en/tester.md:12", "belongs to no section")]
    // Front matter
    [InlineData("en/tester.md", "---\nname: tester\naliases: test engineer, QA\ncountry: France\ncurrency: EUR\nsource-title: The tester's job\nsource-abstract: What testers do, what it takes and what they earn.\n---\n", "", "en/tester.md:1", "the file must start with front matter")]
    [InlineData("en/tester.md", "name: tester\n", "", "en/tester.md:1", "needs a 'name:' line")]
    [InlineData("fr/tester.md", "currency: EUR", "currency: euros", "fr/tester.md:7", "the currency 'euros' is not an ISO 4217 code")]
    [InlineData("en/tester.md", "country: France", "pays: France", "en/tester.md:4", "unknown front matter key 'pays'")]
    [InlineData("en/tester.md", "source-title: The tester's job\n", "", "en/tester.md:1", "needs a 'source-title:' line")]
    [InlineData("fr/tester.md", "source-abstract: Ce que font les testeurs, ce qu'il faut pour l'être et ce qu'ils gagnent.", "source-abstract:", "fr/tester.md:9", "needs a 'source-abstract:' line with a value")]
    [InlineData("en/tester.md", "The tester's job", "The *tester's* job", "en/tester.md:6", "'source-title:' is shown as plain text, not Markdown: remove the '*'")]
    [InlineData("en/tester.md", "what they earn.", "what they [earn](https://example.com).", "en/tester.md:7", "remove the '['")]
    [InlineData("en/tester.md", "currency: EUR\n", "currency: EUR\nsource-url: www.example.com/tester\n", "en/tester.md:6", "'www.example.com/tester' is not an address to read the article at")]
    [InlineData("en/tester.md", "currency: EUR\n", "currency: EUR\nsource-url: ftp://example.com/tester\n", "en/tester.md:6", "write an absolute https:// URL")]
    [InlineData("en/tester.md", "currency: EUR\n", "currency: EUR\nsource-url: https://example.com/a page\n", "en/tester.md:6", "is not an address to read the article at")]
    // Salary bands
    [InlineData("en/tester.md", "|  40,000 |  50,000 |", "|  55,000 |  50,000 |", "en/tester.md:32", "the minimum 55,000 is greater than the maximum 50,000")]
    [InlineData("en/tester.md", "| 2–5   |", "| 3–5   |", "en/tester.md:32", "leaves a gap after the band before it")]
    [InlineData("en/tester.md", "| 2–5   |", "| 1–5   |", "en/tester.md:32", "overlaps the band before it")]
    [InlineData("en/tester.md", "| 0–2   |  30,000 |  40,000 |\n| 2–5   |  40,000 |  50,000 |", "| 2–5   |  40,000 |  50,000 |\n| 0–2   |  30,000 |  40,000 |", "en/tester.md:32", "bands go from fewest to most years")]
    [InlineData("en/tester.md", "| 2–5   |", "| 2+    |", "en/tester.md:32", "only the last band may be open-ended")]
    [InlineData("en/tester.md", "| 2–5   |", "| 5–2   |", "en/tester.md:32", "the span '5–2' must end after it starts")]
    [InlineData("en/tester.md", "30,000", "30,0O0", "en/tester.md:31", "the minimum '30,0O0' is not a number")]
    [InlineData("fr/tester.md", "60 000", "60 000 €", "fr/tester.md:33", "the maximum '60 000 €' is not a number")]
    [InlineData("en/tester.md", "| 0–2   |", "| junior |", "en/tester.md:31", "'junior' are not a span")]
    [InlineData("en/tester.md", "|  30,000 |  40,000 |", "|  30,000 |", "en/tester.md:31", "the maximum is missing")]
    [InlineData("en/tester.md", "|-------|--------:|--------:|\n", "", "en/tester.md:25", "must hold exactly one table")]
    [InlineData("en/tester.md", "It depends.\n", "", "en/tester.md:25", "needs a sentence, before the table")]
    // Translations agree
    [InlineData("fr/tester.md", "|  50 000 |  60 000 |", "|  50 000 |  65 000 |", "fr/tester.md:33", "salary band 3 (5+ years, 50000–65000) differs from en/tester.md:33 (5+ years, 50000–60000)")]
    [InlineData("fr/tester.md", "| 5+     |  50 000 |  60 000 |", "| 5–10   |  50 000 |  60 000 |\n| 10+    |  60 000 |  70 000 |", "fr/tester.md:34", "the salary table has 4 bands but en/tester.md has 3")]
    [InlineData("fr/tester.md", "- Lancer les tests.\n", "", "fr/tester.md:1", "the 'missions' section has 1 items but en/tester.md has 2")]
    public void A_broken_file_fails_at_its_line(string file, string find, string replacement, string location, string problem)
    {
        fixture.Replace(file, find, replacement);

        AssertFails(location, problem);
    }

    [Theory]
    [InlineData("source-title", "The tester's job", 80, "en/tester.md:6")]
    [InlineData("source-abstract", "What testers do, what it takes and what they earn.", 160, "en/tester.md:7")]
    public void The_article_fits_what_Teams_shows_of_a_citation(string key, string text, int limit, string location)
    {
        fixture.Replace("en/tester.md", text, new string('a', limit));
        Assert.Equal(limit, (key == "source-title" ? fixture.Load().Languages[0].Roles[0].Article.Title : fixture.Load().Languages[0].Roles[0].Article.Abstract).Length);

        fixture.Replace("en/tester.md", new string('a', limit), new string('a', limit + 1));

        AssertFails(location, $"'{key}:' is {limit + 1} characters long; Teams shows at most {limit}");
    }

    [Fact]
    public void The_article_is_read_with_its_address_when_the_file_gives_one()
    {
        var without = fixture.Load().Languages[0].Roles[0].Article;
        fixture.Replace("en/tester.md", "currency: EUR\n", "currency: EUR\nsource-url: https://example.com/careers/tester?lang=en\n");

        var article = fixture.Load().Languages[0].Roles[0].Article;

        Assert.Equal(new ArticleSource("The tester's job", "What testers do, what it takes and what they earn.", null), without);
        Assert.Equal("The tester's job", article.Title);
        Assert.Equal(new Uri("https://example.com/careers/tester?lang=en"), article.Url);
    }

    [Theory]
    [InlineData("Tester.md")]
    [InlineData("tester_two.md")]
    public void A_role_file_name_must_be_an_id(string name)
    {
        fixture.Write("en/" + name, File.ReadAllText(Path.Combine(fixture.Root, "en/tester.md")));

        AssertFails("en/" + name + ":1", "is not a valid role file name");
    }

    [Theory]
    [InlineData("Hello!", 5, false, "en/messages.md:3", "the message 'welcome' is 6 characters long; it may have at most 5")]
    [InlineData("Hello **you**", 80, true, "en/messages.md:3", "shown as plain text, not Markdown: remove the '*'")]
    [InlineData("Hello\nyou", 80, true, "en/messages.md:3", "write it as one paragraph, on one line")]
    public void A_message_shown_where_space_is_limited_must_fit(string text, int maxLength, bool plainText, string location, string problem)
    {
        fixture.Replace("en/messages.md", "Hello!", text);
        MessageKey[] keys = [new("welcome") { MaxLength = maxLength, PlainText = plainText }, new("salary", "years", "min")];

        var error = Assert.Throws<ContentException>(() => ContentLoader.Load(fixture.Root, keys));

        Assert.Equal(location, error.Location.ToString());
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_within_its_limits_loads()
    {
        MessageKey[] keys = [new("welcome") { MaxLength = 9, PlainText = true }, new("salary", "years", "min")]; // "Bonjour !" is 9

        Assert.Equal("Hello!", ContentLoader.Load(fixture.Root, keys).Languages[0].Messages[keys[0]]);
    }

    [Fact]
    public void Every_broken_file_is_reported_each_at_its_place()
    {
        fixture.Replace("en/messages.md", "## salary", "## salaries");
        fixture.Replace("fr/messages.md", "{years}", "{yeers}");
        fixture.Replace("fr/tester.md", "{#missions}", "{#mission}");

        var check = ContentLoader.Check(fixture.Root, ContentFixture.RequiredMessages);
        var error = Assert.Throws<ContentException>(fixture.Load);

        Assert.Null(check.Catalog);
        Assert.Equal(["en/messages.md:9", "fr/messages.md:9", "fr/tester.md:16"], check.Problems.Select(p => p.Location.ToString()));
        Assert.Contains("unknown placeholder {yeers}", check.Problems[1].Detail, StringComparison.Ordinal);
        Assert.StartsWith("3 problems:", error.Message, StringComparison.Ordinal);
        Assert.Equal(check.Problems.Select(p => p.Message), error.Problems.Select(p => p.Message));
    }

    [Fact]
    public void Translations_are_compared_once_every_file_reads_and_every_disagreement_is_reported()
    {
        fixture.Delete("fr/tester.md");
        fixture.Write("fr/other.md", File.ReadAllText(Path.Combine(fixture.Root, "en/tester.md")));

        var check = ContentLoader.Check(fixture.Root, ContentFixture.RequiredMessages);

        Assert.Equal(["en/tester.md:1", "fr/other.md:1"], check.Problems.Select(p => p.Location.ToString()).Order(StringComparer.Ordinal));
        Assert.All(check.Problems, p => Assert.Contains("has no translation", p.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_missing_message_is_named_at_once()
    {
        fixture.Replace("en/messages.md", "## salary", "## salaries");
        MessageKey[] keys = [new("welcome"), new("salary", "years", "min"), new("goodbye")];

        var error = Assert.Throws<ContentException>(() => ContentLoader.Load(fixture.Root, keys));

        Assert.Contains("2 messages are missing: 'salary', 'goodbye'", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => fixture.Dispose();

    private void AssertFails(string location, string problem)
    {
        var error = Assert.Throws<ContentException>(fixture.Load);

        Assert.StartsWith(location + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(location, error.Location.ToString());
    }
}
