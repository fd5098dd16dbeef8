using CareerBot.Core.Tests.Content;
using CareerBot.Teams;
using SkiaSharp;

namespace CareerBot.Tests.Teams;

/// <summary>The Teams icons as Teams wants them (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package#app-icons):
/// PNG files, the colour icon 192×192 and opaque with its symbol inside the centre area, the outline icon 32×32 white
/// on transparent. Decoded by Skia, a full PNG reader; the build embeds the committed files unchanged.</summary>
public sealed class TeamsAppIconsTests
{
    /// <summary>The committed icon file <paramref name="name"/>.</summary>
    public static string IconFile(string name) => Path.Combine(RepositoryRoot.Path, "src", "CareerBot", "Teams", "Icons", name);

    [Fact]
    public void The_embedded_icons_are_the_committed_files()
    {
        Assert.Equal(File.ReadAllBytes(IconFile("color.png")), TeamsAppIcons.Color());
        Assert.Equal(File.ReadAllBytes(IconFile("outline.png")), TeamsAppIcons.Outline());
    }

    [Fact]
    public void The_colour_icon_is_a_192_pixel_opaque_png_its_symbol_inside_the_centre_area()
    {
        using var icon = Decode(TeamsAppIcons.Color(), out var format);

        Assert.Equal(SKEncodedImageFormat.Png, format);
        Assert.Equal((TeamsAppIcons.ColorSize, TeamsAppIcons.ColorSize), (icon.Width, icon.Height));
        var background = icon.GetPixel(0, 0);
        var symbol = 0;
        for (var y = 0; y < icon.Height; y++)
        {
            for (var x = 0; x < icon.Width; x++)
            {
                var pixel = icon.GetPixel(x, y);
                Assert.True(pixel.Alpha == 255, $"({x},{y}) is not opaque: alpha {pixel.Alpha}");
                if (pixel != background)
                {
                    symbol++;
                    // Teams crops the corners and keeps the centre 120×120 (36 px on each side) for the symbol.
                    Assert.True(x is >= 36 and < 156 && y is >= 36 and < 156, $"({x},{y}) of the symbol is outside the centre area");
                }
            }
        }

        Assert.InRange(symbol, 120 * 120 / 5, 120 * 120); // a symbol that reads, not a speck
    }

    [Fact]
    public void The_outline_icon_is_a_32_pixel_png_white_on_transparent()
    {
        using var icon = Decode(TeamsAppIcons.Outline(), out var format);

        Assert.Equal(SKEncodedImageFormat.Png, format);
        Assert.Equal((TeamsAppIcons.OutlineSize, TeamsAppIcons.OutlineSize), (icon.Width, icon.Height));
        var pixels = Enumerable.Range(0, icon.Height).SelectMany(y => Enumerable.Range(0, icon.Width).Select(x => icon.GetPixel(x, y))).ToList();
        Assert.All(pixels, p => Assert.True(p.Alpha == 0 || (p.Red, p.Green, p.Blue) == (255, 255, 255), $"{p} is neither white nor transparent"));
        Assert.Contains(pixels, p => p.Alpha == 255);
        Assert.InRange(pixels.Count(p => p.Alpha == 0), pixels.Count / 2, pixels.Count - 1); // lines, not a filled square
        Assert.Equal(0, icon.GetPixel(0, 0).Alpha);
    }

    private static SKBitmap Decode(byte[] png, out SKEncodedImageFormat format)
    {
        using var codec = SKCodec.Create(new MemoryStream(png)) ?? throw new InvalidOperationException("not an image Skia can read");
        format = codec.EncodedFormat;
        // Straight (unpremultiplied) alpha, so that a half-transparent white pixel still reads as white.
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        return SKBitmap.Decode(codec, info);
    }
}
