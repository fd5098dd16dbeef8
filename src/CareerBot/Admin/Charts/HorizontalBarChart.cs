using System.Text;

namespace CareerBot.Admin.Charts;

/// <summary>A bar per item, longest first as given, its label on the left (with an optional second line) and its
/// value at the end of the bar.</summary>
internal static class HorizontalBarChart
{
    private const double Width = 520;
    private const double LabelWidth = 190;
    private const double ValueWidth = 90;
    private const double Row = 34;
    private const double BarHeight = 18;

    public static void Render(StringBuilder html, string id, string title, string description, IReadOnlyList<ChartItem> bars, string emptyMessage, Func<ChartItem, string> valueLabel, Func<ChartItem, string> tooltip)
    {
        var height = Math.Max(1, bars.Count) * Row + 8;
        Svg.Open(html, id, title, description, Width, height, "bars");
        if (bars.Count == 0)
        {
            Svg.Label(html, Width / 2, (height / 2) + 5, emptyMessage, "empty");
            html.Append("</svg>");
            return;
        }

        var max = Math.Max(1, bars.Max(b => b.Value));
        var span = Width - LabelWidth - ValueWidth;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var top = 4 + (i * Row);
            var middle = top + (Row / 2);
            var length = Math.Max(2, span * bar.Value / max);
            html.Append("<g class=\"hbar\" data-label=\"").Append(Svg.Text(bar.Label)).Append("\" data-value=\"").Append(Svg.Number(bar.Value)).Append("\">");
            Svg.Tooltip(html, tooltip(bar));
            if (bar.Detail is null)
            {
                Svg.Label(html, LabelWidth - 10, middle + 4.5, bar.Label, "bar-label", "end");
            }
            else
            {
                Svg.Label(html, LabelWidth - 10, middle - 1, bar.Label, "bar-label", "end");
                Svg.Label(html, LabelWidth - 10, middle + 12, bar.Detail, "bar-detail", "end");
            }

            html.Append("<rect class=\"bar ").Append(bar.CssClass).Append("\" x=\"").Append(Svg.Number(LabelWidth)).Append("\" y=\"")
                .Append(Svg.Number(middle - (BarHeight / 2))).Append("\" width=\"").Append(Svg.Number(length)).Append("\" height=\"")
                .Append(Svg.Number(BarHeight)).Append("\" rx=\"3\"/>");
            Svg.Label(html, LabelWidth + length + 8, middle + 4.5, valueLabel(bar), "value", "start");
            html.Append("</g>");
        }

        html.Append("<line class=\"baseline\" x1=\"").Append(Svg.Number(LabelWidth)).Append("\" x2=\"").Append(Svg.Number(LabelWidth))
            .Append("\" y1=\"2\" y2=\"").Append(Svg.Number(height - 2)).Append("\"/>");
        html.Append("</svg>");
    }
}
