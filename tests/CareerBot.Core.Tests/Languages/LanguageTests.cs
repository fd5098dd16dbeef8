using System.Globalization;
using CareerBot.Core.Languages;
using CareerBot.Core.Tests.Content;

namespace CareerBot.Core.Tests.Languages;

/// <summary>A language is its folder's code and its vocabulary's front matter: which tags name it, and which counts
/// take the singular.</summary>
public sealed class LanguageTests
{
    private static readonly Language English = TestContent.Catalog.In("en").Language;
    private static readonly Language French = TestContent.Catalog.In("fr").Language;

    [Theory]
    [InlineData("en", true)]
    [InlineData("en-US", true)]
    [InlineData("EN-gb", true)]
    [InlineData("en_US", true)]
    [InlineData("fr-FR", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_tag_names_a_language_by_its_code(string? tag, bool english)
    {
        Assert.Equal(english, English.Matches(tag));
    }

    [Theory]
    [InlineData(1, true, true)]
    [InlineData(0, false, true)]
    [InlineData(1.5, false, true)]
    [InlineData(2, false, false)]
    [InlineData(7, false, false)]
    public void The_singular_follows_each_language(double count, bool englishSingular, bool frenchSingular)
    {
        Assert.Equal(englishSingular, English.IsSingular((decimal)count));
        Assert.Equal(frenchSingular, French.IsSingular((decimal)count));
    }

    [Fact]
    public void The_vocabulary_gives_the_culture_numbers_are_written_in()
    {
        Assert.Equal("fr-FR", French.Culture.Name);
        Assert.Equal("fr-fr", French.RecognizerCulture);
        Assert.Equal("7,5", 7.5m.ToString(French.Culture));
    }

    [Fact]
    public void Languages_are_equal_by_code()
    {
        Assert.Equal(English, new Language("en", "English", CultureInfo.GetCultureInfo("en-GB"), SingularRule.One));
        Assert.NotEqual(English, French);
    }
}
