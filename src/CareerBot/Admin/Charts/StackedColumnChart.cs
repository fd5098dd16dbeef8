using System.Text;

namespace CareerBot.Admin.Charts;

/// <summary>A column per minute, stacked by series (e.g. turns by outcome), the busiest minute labelled with its
/// total and every column with a tooltip.</summary>
internal static class StackedColumnChart
{
    public static void Render(
        StringBuilder html,
        string id,
        string title,
        string description,
        IReadOnlyList<DateTimeOffset> minutes,
        IReadOnlyList<ChartSeries> series,
        string valueTitle,
        string timeTitle,
        string emptyMessage,
        Func<int, string> tooltip)
    {
        var totals = Enumerable.Range(0, minutes.Count).Select(i => series.Sum(s => s.Values[i] ?? 0)).ToArray();
        var peak = totals.Length == 0 ? 0 : totals.Max();
        var frame = new MinuteFrame(minutes, NiceScale.For(peak, whole: true));
        Svg.Open(html, id, title, description, MinuteFrame.Width, MinuteFrame.Height, "minutes");
        frame.Render(html, tick => Svg.Number(tick), valueTitle, timeTitle);
        if (peak <= 0)
        {
            MinuteFrame.Empty(html, emptyMessage);
        }

        var width = Math.Max(1, frame.Slot * 0.72);
        for (var i = 0; i < minutes.Count; i++)
        {
            if (totals[i] <= 0)
            {
                continue;
            }

            html.Append("<g class=\"column\" data-minute=\"").Append(i).Append("\" data-value=\"").Append(Svg.Number(totals[i])).Append("\">");
            Svg.Tooltip(html, tooltip(i));
            double below = 0;
            foreach (var s in series)
            {
                var value = s.Values[i] ?? 0;
                if (value <= 0)
                {
                    continue;
                }

                var top = frame.Y(below + value);
                html.Append("<rect class=\"bar ").Append(s.CssClass).Append("\" x=\"").Append(Svg.Number(frame.X(i) - (width / 2)))
                    .Append("\" y=\"").Append(Svg.Number(top)).Append("\" width=\"").Append(Svg.Number(width))
                    .Append("\" height=\"").Append(Svg.Number(Math.Max(0.5, frame.Y(below) - top))).Append("\"/>");
                below += value;
            }

            html.Append("</g>");
        }

        if (peak > 0)
        {
            var busiest = Array.LastIndexOf(totals, peak);
            Svg.Label(html, frame.X(busiest), frame.Y(peak) - 5, Svg.Number(peak), "value");
        }

        html.Append("</svg>");
    }
}
