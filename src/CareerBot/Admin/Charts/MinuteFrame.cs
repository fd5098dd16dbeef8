using System.Globalization;
using System.Text;

namespace CareerBot.Admin.Charts;

/// <summary>The frame of a chart over the last hour's minutes: a value axis on the left with gridlines, the time
/// along the bottom (a label every ten minutes, UTC), and the positions of each minute's slot.</summary>
internal sealed class MinuteFrame
{
    public const double Width = 640;
    public const double Height = 250;
    private const double Left = 68;
    private const double Right = 24;
    private const double Top = 16;
    private const double Bottom = 44;

    private readonly IReadOnlyList<DateTimeOffset> minutes;

    public MinuteFrame(IReadOnlyList<DateTimeOffset> minutes, NiceScale scale)
    {
        this.minutes = minutes;
        Scale = scale;
    }

    public NiceScale Scale { get; }

    /// <summary>The width of one minute's slot.</summary>
    public double Slot => (Width - Left - Right) / Math.Max(1, minutes.Count);

    /// <summary>The bottom of the plot (value 0).</summary>
    public static double Baseline => Height - Bottom;

    /// <summary>The centre of minute <paramref name="index"/>'s slot.</summary>
    public double X(int index) => Left + (Slot * (index + 0.5));

    /// <summary>The height of <paramref name="value"/>.</summary>
    public double Y(double value) => Top + ((Height - Top - Bottom) * (1 - (Math.Clamp(value, 0, Scale.Max) / Scale.Max)));

    /// <summary>"14:20 UTC": how tooltips name a minute.</summary>
    public static string MinuteName(DateTimeOffset minute) => minute.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>Writes the gridlines, the ticks' labels and the axes' titles.</summary>
    public void Render(StringBuilder html, Func<double, string> tickLabel, string valueTitle, string timeTitle)
    {
        html.Append("<g class=\"axis\">");
        foreach (var tick in Scale.Ticks())
        {
            var y = Y(tick);
            html.Append("<line class=\"gridline\" x1=\"").Append(Svg.Number(Left)).Append("\" x2=\"").Append(Svg.Number(Width - Right))
                .Append("\" y1=\"").Append(Svg.Number(y)).Append("\" y2=\"").Append(Svg.Number(y)).Append("\"/>");
            Svg.Label(html, Left - 6, y + 4, tickLabel(tick), "tick", "end");
        }

        for (var i = 0; i < minutes.Count; i++)
        {
            if (minutes[i].Minute % 10 == 0 || i == minutes.Count - 1)
            {
                if (i == minutes.Count - 1 && minutes[i].Minute % 10 is > 0 and < 5)
                {
                    continue; // too close to the previous label
                }

                html.Append("<line class=\"tick-mark\" x1=\"").Append(Svg.Number(X(i))).Append("\" x2=\"").Append(Svg.Number(X(i)))
                    .Append("\" y1=\"").Append(Svg.Number(Baseline)).Append("\" y2=\"").Append(Svg.Number(Baseline + 4)).Append("\"/>");
                Svg.Label(html, X(i), Baseline + 17, minutes[i].UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture), "tick");
            }
        }

        html.Append("<line class=\"baseline\" x1=\"").Append(Svg.Number(Left)).Append("\" x2=\"").Append(Svg.Number(Width - Right))
            .Append("\" y1=\"").Append(Svg.Number(Baseline)).Append("\" y2=\"").Append(Svg.Number(Baseline)).Append("\"/>");
        Svg.Label(html, Left + ((Width - Left - Right) / 2), Height - 6, timeTitle, "axis-title");
        html.Append("<text class=\"axis-title\" text-anchor=\"middle\" transform=\"translate(14 ").Append(Svg.Number(Top + ((Height - Top - Bottom) / 2)))
            .Append(") rotate(-90)\">").Append(Svg.Text(valueTitle)).Append("</text>");
        html.Append("</g>");
    }

    /// <summary>A message across the plot when there is nothing to draw.</summary>
    public static void Empty(StringBuilder html, string message) =>
        Svg.Label(html, Left + ((Width - Left - Right) / 2), Top + ((Height - Top - Bottom) / 2), message, "empty");
}
