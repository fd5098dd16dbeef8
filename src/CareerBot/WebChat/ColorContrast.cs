using System.Buffers;
using System.Globalization;

namespace CareerBot.WebChat;

/// <summary>Colours as <c>#RRGGBB</c> and their contrast ratio, as WCAG 2.1 defines it (relative luminance).</summary>
public static class ColorContrast
{
    /// <summary>The least contrast WCAG AA asks of body text.</summary>
    public const double TextMinimum = 4.5;

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>True when <paramref name="color"/> is <c>#RRGGBB</c>.</summary>
    public static bool IsHexColor(string? color) =>
        color is { Length: 7 } && color[0] == '#' && !color.AsSpan(1).ContainsAnyExcept(HexDigits);

    /// <summary>The contrast ratio of two <c>#RRGGBB</c> colours, from 1 (none) to 21 (black on white).</summary>
    public static double Ratio(string first, string second)
    {
        var (lighter, darker) = (Luminance(first), Luminance(second)) is var (a, b) && a >= b ? (a, b) : (b, a);
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double Luminance(string color)
    {
        var rgb = int.Parse(color.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return (0.2126 * Channel(rgb >> 16)) + (0.7152 * Channel(rgb >> 8)) + (0.0722 * Channel(rgb));
    }

    private static double Channel(int value)
    {
        var c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
