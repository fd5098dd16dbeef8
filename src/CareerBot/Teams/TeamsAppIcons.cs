namespace CareerBot.Teams;

/// <summary>CareerBot's Teams icons, drawn by code: four rising bars (salary bands growing with experience). The colour
/// icon is 192×192, white bars on the accent colour, inside the centre area Teams keeps clear; the outline icon is
/// 32×32, white bars on a transparent background (Teams' rules for both).</summary>
public static class TeamsAppIcons
{
    /// <summary>The colour icon's size in pixels.</summary>
    public const int ColorSize = 192;

    /// <summary>The outline icon's size in pixels.</summary>
    public const int OutlineSize = 32;

    private static readonly (byte R, byte G, byte B) White = (255, 255, 255);

    /// <summary>The 192×192 colour icon as PNG: the bars in white on <paramref name="accent"/>.</summary>
    public static byte[] Color((byte R, byte G, byte B) accent)
    {
        var image = new RgbaImage(ColorSize, ColorSize);
        image.Fill(0, 0, ColorSize, ColorSize, accent);
        Bars(image, left: 52, bottom: 140, width: 16, gap: 8, heights: [28, 44, 62, 84]);
        return Png.Encode(image);
    }

    /// <summary>The 32×32 outline icon as PNG: the bars in white, everything else transparent.</summary>
    public static byte[] Outline()
    {
        var image = new RgbaImage(OutlineSize, OutlineSize);
        Bars(image, left: 4, bottom: 28, width: 4, gap: 3, heights: [8, 13, 18, 24]);
        return Png.Encode(image);
    }

    private static void Bars(RgbaImage image, int left, int bottom, int width, int gap, int[] heights)
    {
        for (var i = 0; i < heights.Length; i++)
        {
            image.Fill(left + (i * (width + gap)), bottom - heights[i], width, heights[i], White);
        }
    }
}
