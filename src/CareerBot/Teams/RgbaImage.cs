namespace CareerBot.Teams;

/// <summary>A picture in memory, 4 bytes a pixel (red, green, blue, alpha), rows from the top; all transparent at first.</summary>
public sealed class RgbaImage
{
    /// <summary>Creates a transparent image.</summary>
    public RgbaImage(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        Width = width;
        Height = height;
        Pixels = new byte[width * height * 4];
    }

    /// <summary>The width in pixels.</summary>
    public int Width { get; }

    /// <summary>The height in pixels.</summary>
    public int Height { get; }

    /// <summary>The pixels, row after row, RGBA.</summary>
    public byte[] Pixels { get; }

    /// <summary>Paints the rectangle [x, x + width) × [y, y + height) in one opaque colour.</summary>
    public void Fill(int x, int y, int width, int height, (byte R, byte G, byte B) colour)
    {
        for (var row = Math.Max(0, y); row < Math.Min(Height, y + height); row++)
        {
            for (var column = Math.Max(0, x); column < Math.Min(Width, x + width); column++)
            {
                var i = ((row * Width) + column) * 4;
                Pixels[i] = colour.R;
                Pixels[i + 1] = colour.G;
                Pixels[i + 2] = colour.B;
                Pixels[i + 3] = 255;
            }
        }
    }
}
