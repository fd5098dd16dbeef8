using System.Text;

namespace CareerBot.Admin.Charts;

/// <summary>A ring cut in slices proportional to their values, the total in the middle, each slice with a tooltip
/// (label, count, share). The legend with the same figures is HTML beside it.</summary>
internal static class DonutChart
{
    private const double Size = 240;
    private const double Centre = Size / 2;
    private const double Outer = 112;
    private const double Inner = 70;

    public static void Render(StringBuilder html, string id, string title, string description, IReadOnlyList<ChartItem> slices, string total, string totalLabel, string emptyMessage, Func<ChartItem, double, string> tooltip)
    {
        Svg.Open(html, id, title, description, Size, Size, "ring");
        var sum = slices.Sum(s => Math.Max(0, s.Value));
        if (sum <= 0)
        {
            html.Append("<circle class=\"ring-empty\" cx=\"").Append(Svg.Number(Centre)).Append("\" cy=\"").Append(Svg.Number(Centre))
                .Append("\" r=\"").Append(Svg.Number((Outer + Inner) / 2)).Append("\" stroke-width=\"").Append(Svg.Number(Outer - Inner)).Append("\"/>");
            Svg.Label(html, Centre, Centre + 5, emptyMessage, "empty");
            html.Append("</svg>");
            return;
        }

        var start = 0.0;
        foreach (var slice in slices.Where(s => s.Value > 0))
        {
            var share = slice.Value / sum;
            html.Append("<path class=\"slice ").Append(slice.CssClass).Append("\" data-value=\"").Append(Svg.Number(slice.Value)).Append("\" d=\"");
            if (share >= 0.9999)
            {
                // A whole ring: two halves (an arc cannot start and end at the same point).
                Arc(html, 0, 0.5);
                html.Append(' ');
                Arc(html, 0.5, 1);
            }
            else
            {
                Arc(html, start, start + share);
            }

            html.Append("\">");
            Svg.Tooltip(html, tooltip(slice, share));
            html.Append("</path>");
            start += share;
        }

        Svg.Label(html, Centre, Centre + 6, total, "donut-total");
        Svg.Label(html, Centre, Centre + 26, totalLabel, "donut-label");
        html.Append("</svg>");
    }

    /// <summary>The ring's slice from <paramref name="from"/> to <paramref name="to"/> (fractions of a turn, clockwise from noon).</summary>
    private static void Arc(StringBuilder html, double from, double to)
    {
        var large = to - from > 0.5 ? 1 : 0;
        var (x0, y0) = Point(Outer, from);
        var (x1, y1) = Point(Outer, to);
        var (x2, y2) = Point(Inner, to);
        var (x3, y3) = Point(Inner, from);
        html.Append('M').Append(Svg.Number(x0)).Append(' ').Append(Svg.Number(y0))
            .Append(" A").Append(Svg.Number(Outer)).Append(' ').Append(Svg.Number(Outer)).Append(" 0 ").Append(large).Append(" 1 ").Append(Svg.Number(x1)).Append(' ').Append(Svg.Number(y1))
            .Append(" L").Append(Svg.Number(x2)).Append(' ').Append(Svg.Number(y2))
            .Append(" A").Append(Svg.Number(Inner)).Append(' ').Append(Svg.Number(Inner)).Append(" 0 ").Append(large).Append(" 0 ").Append(Svg.Number(x3)).Append(' ').Append(Svg.Number(y3))
            .Append(" Z");
    }

    private static (double X, double Y) Point(double radius, double fraction)
    {
        var angle = (fraction * 2 * Math.PI) - (Math.PI / 2);
        return (Centre + (radius * Math.Cos(angle)), Centre + (radius * Math.Sin(angle)));
    }
}
