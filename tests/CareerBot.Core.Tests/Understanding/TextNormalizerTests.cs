using CareerBot.Core.Understanding;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>What recognition reads of a message: cleaned, lower-cased, folded, split into words.</summary>
public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("  Quel   salaire\t\n?  ", "Quel salaire ?", " quel salaire ")]
    [InlineData("Développeur d’expérience", "Développeur d’expérience", " developpeur d experience ")]
    [InlineData("œuvre — Æther", "œuvre — Æther", " ouvre ather ")]
    [InlineData("5\u00a0ans\u202fpassés", "5 ans passés", " 5 ans passes ")]
    [InlineData("Ⅻ ½ ² ǅ 日本", "Ⅻ ½ ² ǅ 日本", " ⅻ ½ ² ǆ 日本 ")]
    [InlineData("🙂salary🙂", "🙂salary🙂", " salary ")]
    [InlineData("<b>salary</b>&amp;years", "salary &years", " salary years ")]
    [InlineData(" \t ", "", " ")]
    public void Cleans_lower_cases_folds_and_splits_into_words(string text, string original, string tokens)
    {
        var normalized = TextNormalizer.Normalize(text);

        Assert.Equal(original, normalized.Original);
        Assert.Equal(tokens, normalized.Tokens);
        Assert.Equal(normalized.Lower.Length, normalized.Folded.Length);
    }

    [Fact]
    public void Word_positions_point_into_the_lower_cased_text()
    {
        var normalized = TextNormalizer.Normalize("J'ai 12 ANS d'expérience");

        Assert.Equal(["j", "ai", "12", "ans", "d", "expérience"], Enumerable.Range(0, normalized.TokenCount).Select(i => normalized.Span(i, i)));
    }

    [Fact]
    public void Only_the_first_500_characters_are_read_spaces_collapsed_first()
    {
        var text = string.Concat(Enumerable.Repeat("salary     ", 200));

        var normalized = TextNormalizer.Normalize(text);

        Assert.Equal(TextNormalizer.MaxLength, normalized.Original.Length);
        Assert.StartsWith("salary salary ", normalized.Original, StringComparison.Ordinal);
        Assert.Equal(72, normalized.TokenCount);
    }
}
