using CareerBot.WebChat;

namespace CareerBot.Tests.WebChat;

/// <summary>Contrast ratios as WCAG 2.1 computes them.</summary>
public sealed class ColorContrastTests
{
    [Theory]
    [InlineData("#000000", "#FFFFFF", 21.0)]
    [InlineData("#FFFFFF", "#000000", 21.0)]
    [InlineData("#1F5C99", "#1F5C99", 1.0)]
    [InlineData("#767676", "#FFFFFF", 4.54)]
    [InlineData("#0078D7", "#FFFFFF", 4.50)] // axe-core: 4.49, short of 4.5
    [InlineData("#1F5C99", "#FFFFFF", 6.89)]
    public void Ratio_is_wcags(string first, string second, double expected)
    {
        Assert.Equal(expected, ColorContrast.Ratio(first, second), precision: 2);
    }

    [Theory]
    [InlineData("#1F5C99", true)]
    [InlineData("#abcdef", true)]
    [InlineData("1F5C99", false)]
    [InlineData("#1F5C9", false)]
    [InlineData("#1F5C99;", false)]
    [InlineData("#GGGGGG", false)]
    [InlineData("red", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_hash_and_six_hex_digits_is_a_colour(string? color, bool expected)
    {
        Assert.Equal(expected, ColorContrast.IsHexColor(color));
    }
}
