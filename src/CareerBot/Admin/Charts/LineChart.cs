using System.Text;

namespace CareerBot.Admin.Charts;

/// <summary>Lines over minutes (a gap where a minute has no value), a dot per value with a tooltip, optionally the
/// area under the first line and a dashed reference line (e.g. the hour's average) with its label.</summary>
internal static class LineChart
{
    public static void Render(
        StringBuilder html,
        string id,
        string title,
        string description,
        IReadOnlyList<DateTimeOffset> minutes,
        IReadOnlyList<ChartSeries> series,
        LineChartStyle style,
        Func<int, ChartSeries, double, string> tooltip)
    {
        var peak = series.SelectMany(s => s.Values).Max(v => v ?? 0);
        var frame = new MinuteFrame(minutes, NiceScale.For(Math.Max(peak * 1.05, style.MinimumMax), whole: false));
        Svg.Open(html, id, title, description, MinuteFrame.Width, MinuteFrame.Height, "minutes");
        frame.Render(html, style.TickLabel, style.ValueTitle, style.TimeTitle);
        if (series.All(s => s.Values.All(v => v is null)))
        {
            MinuteFrame.Empty(html, style.EmptyMessage);
        }

        if (style.Area && series.Count > 0)
        {
            var area = new StringBuilder();
            foreach (var run in Runs(series[0].Values))
            {
                area.Append('M').Append(Svg.Number(frame.X(run.Start))).Append(' ').Append(Svg.Number(MinuteFrame.Baseline));
                for (var i = run.Start; i <= run.End; i++)
                {
                    area.Append(" L").Append(Svg.Number(frame.X(i))).Append(' ').Append(Svg.Number(frame.Y(series[0].Values[i]!.Value)));
                }

                area.Append(" L").Append(Svg.Number(frame.X(run.End))).Append(' ').Append(Svg.Number(MinuteFrame.Baseline)).Append(" Z ");
            }

            html.Append("<path class=\"area ").Append(series[0].CssClass).Append("\" d=\"").Append(area.ToString().TrimEnd()).Append("\"/>");
        }

        if (style.Reference is { } reference)
        {
            var y = frame.Y(reference);
            html.Append("<line class=\"reference\" x1=\"").Append(Svg.Number(frame.X(0))).Append("\" x2=\"").Append(Svg.Number(frame.X(minutes.Count - 1)))
                .Append("\" y1=\"").Append(Svg.Number(y)).Append("\" y2=\"").Append(Svg.Number(y)).Append("\"/>");
            Svg.Label(html, frame.X(0) + 4, y - 5, style.ReferenceLabel ?? string.Empty, "reference-label", "start");
        }

        foreach (var s in series)
        {
            var path = new StringBuilder();
            foreach (var run in Runs(s.Values))
            {
                for (var i = run.Start; i <= run.End; i++)
                {
                    path.Append(i == run.Start ? 'M' : 'L').Append(Svg.Number(frame.X(i))).Append(' ').Append(Svg.Number(frame.Y(s.Values[i]!.Value))).Append(' ');
                }
            }

            html.Append("<g class=\"series ").Append(s.CssClass).Append("\" data-series=\"").Append(Svg.Text(s.Name)).Append("\">");
            if (path.Length > 0)
            {
                html.Append("<path class=\"line\" d=\"").Append(path.ToString().TrimEnd()).Append("\"/>");
            }

            for (var i = 0; i < s.Values.Count; i++)
            {
                if (s.Values[i] is { } value)
                {
                    html.Append("<circle class=\"dot\" cx=\"").Append(Svg.Number(frame.X(i))).Append("\" cy=\"").Append(Svg.Number(frame.Y(value)))
                        .Append("\" r=\"2.6\">");
                    Svg.Tooltip(html, tooltip(i, s, value));
                    html.Append("</circle>");
                }
            }

            html.Append("</g>");
        }

        if (style.LastValueLabel is { } label)
        {
            LabelLastValues(html, frame, series, label);
        }

        html.Append("</svg>");
    }

    /// <summary>Labels each series' latest value left of its dot, moving labels apart when they would overlap.</summary>
    private static void LabelLastValues(StringBuilder html, MinuteFrame frame, IReadOnlyList<ChartSeries> series, Func<ChartSeries, double, string> label)
    {
        const double lineHeight = 14;
        var labels = new List<(double X, double Y, string Text, string CssClass)>();
        foreach (var s in series)
        {
            for (var i = s.Values.Count - 1; i >= 0; i--)
            {
                if (s.Values[i] is { } value)
                {
                    labels.Add((frame.X(i) - 7, frame.Y(value) + 4, label(s, value), s.CssClass));
                    break;
                }
            }
        }

        labels.Sort((a, b) => a.Y.CompareTo(b.Y));
        for (var i = 0; i < labels.Count; i++)
        {
            var y = Math.Max(labels[i].Y, i == 0 ? lineHeight : labels[i - 1].Y + lineHeight);
            labels[i] = labels[i] with { Y = y };
        }

        var overflow = labels.Count == 0 ? 0 : labels[^1].Y - (MinuteFrame.Baseline - 3);
        foreach (var (x, y, text, cssClass) in labels)
        {
            html.Append("<text class=\"last-value ").Append(cssClass).Append("\" x=\"").Append(Svg.Number(x)).Append("\" y=\"")
                .Append(Svg.Number(overflow > 0 ? y - overflow : y)).Append("\" text-anchor=\"end\">").Append(Svg.Text(text)).Append("</text>");
        }
    }

    private static IEnumerable<(int Start, int End)> Runs(IReadOnlyList<double?> values)
    {
        var start = -1;
        for (var i = 0; i <= values.Count; i++)
        {
            var present = i < values.Count && values[i] is not null;
            if (present && start < 0)
            {
                start = i;
            }
            else if (!present && start >= 0)
            {
                yield return (start, i - 1);
                start = -1;
            }
        }
    }
}
