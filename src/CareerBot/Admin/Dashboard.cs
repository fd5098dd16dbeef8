using System.Globalization;
using System.Text;
using CareerBot.Admin.Charts;
using CareerBot.Admin.Statistics;

namespace CareerBot.Admin;

/// <summary>The operator page's content: the hour at a glance, then a chart per question an operator asks (how busy,
/// how fast, about what, how often lost, lost on what). Its sentences are the page's own, operator-facing words.</summary>
internal static class Dashboard
{
    private const string TimeTitle = "Time (UTC)";
    private const int DonutSlices = 7;

    public static void Render(StringBuilder html, AdminStats stats)
    {
        var minutes = stats.Minutes.Select(m => m.Start).ToArray();
        html.Append("<main id=\"dashboard\">");
        html.Append("<p class=\"updated\" id=\"updated\">The last hour, minute by minute. Updated at <time datetime=\"")
            .Append(stats.GeneratedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)).Append("\">")
            .Append(stats.GeneratedAt.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture)).Append(" UTC</time>.</p>");
        Tiles(html, stats);
        html.Append("<div class=\"grid\">");
        Turns(html, stats, minutes);
        Latency(html, stats, minutes);
        Intents(html, stats);
        FallbackRate(html, stats, minutes);
        Unanswered(html, stats);
        Channels(html, stats);
        html.Append("</div></main>");
    }

    private static void Tiles(StringBuilder html, AdminStats stats)
    {
        var recent = stats.Minutes.TakeLast(5).Sum(m => m.Turns) / 5.0;
        html.Append("<section class=\"tiles\" aria-label=\"The last hour at a glance\">");
        Tile(html, "tile-turns", "Turns", Count(stats.Turns), "in the last hour");
        Tile(html, "tile-rate", "Turns per minute", recent.ToString(recent < 10 ? "0.#" : "N0", CultureInfo.InvariantCulture), "over the last 5 minutes");
        Tile(html, "tile-p50", "Median latency", Duration(stats.Latency.P50Ms), "half of the turns took less");
        Tile(html, "tile-p99", "p99 latency", Duration(stats.Latency.P99Ms), "99% of the turns took less");
        Tile(html, "tile-fallback", "Fallback rate", Percent(stats.FallbackRate), $"{Count(stats.Fallbacks)} turns not answered");
        Tile(html, "tile-limited", "Rate-limited", Count(stats.RateLimitRejections.Sum(r => r.Count)), "requests refused");
        Tile(html, "tile-undelivered", "Replies lost", Count(stats.UndeliveredReplies.Sum(r => r.Count)), Reasons(stats.UndeliveredReplies));
        html.Append("</section>");
    }

    // "not delivered to a channel", or the reasons, most frequent first ("refused 3, unavailable 1").
    private static string Reasons(IReadOnlyList<NamedCount> reasons) =>
        reasons.Count == 0
            ? "not delivered to a channel"
            : string.Join(", ", reasons.Take(3).Select(r => $"{r.Name} {Count(r.Count)}"));

    private static void Tile(StringBuilder html, string id, string label, string value, string note) =>
        html.Append("<div class=\"tile\" id=\"").Append(id).Append("\"><span class=\"tile-label\">").Append(Svg.Text(label))
            .Append("</span><span class=\"tile-value\">").Append(Svg.Text(value)).Append("</span><span class=\"tile-note\">")
            .Append(Svg.Text(note)).Append("</span></div>");

    private static void Turns(StringBuilder html, AdminStats stats, DateTimeOffset[] minutes)
    {
        var outcomes = OperatorLabels.OutcomeOrder.Concat(stats.Outcomes.Select(o => o.Name).Where(n => !OperatorLabels.OutcomeOrder.Contains(n))).ToArray();
        var series = outcomes
            .Select(outcome => new ChartSeries(
                OperatorLabels.Outcome(outcome),
                OperatorLabels.OutcomeOrder.Contains(outcome) ? "o-" + outcome : "o-other",
                [.. stats.Minutes.Select(m => (double?)(m.Outcomes.FirstOrDefault(o => o.Name == outcome)?.Count ?? 0))]))
            .ToArray();
        var hourly = outcomes.Select(outcome => stats.Outcomes.FirstOrDefault(o => o.Name == outcome)?.Count ?? 0).ToArray();
        var busiest = stats.Minutes.Max(m => m.Turns);
        Card(html, "turns", "Turns per minute", "Each message CareerBot handled, by how it ended.");
        Legend(html, series
            .Select((s, i) => (s.Name, s.CssClass, (string?)Count(hourly[i]), Shown: hourly[i] > 0 || i < 3))
            .Where(item => item.Shown)
            .Select(item => (item.Name, item.CssClass, item.Item3)));
        Plot(html, plot => StackedColumnChart.Render(
            plot,
            "chart-turns",
            "Turns per minute over the last hour",
            $"{Count(stats.Turns)} turns in the last hour, at most {Count(busiest)} in one minute; {Describe(stats.Outcomes, OperatorLabels.Outcome)}.",
            minutes,
            series,
            "Turns",
            TimeTitle,
            "No turns in the last hour",
            i => $"{MinuteFrame.MinuteName(minutes[i])}: {Count(stats.Minutes[i].Turns)} turns ({Describe(stats.Minutes[i].Outcomes, OperatorLabels.Outcome)})"),
            overTime: true);
        html.Append("</section>");
    }

    private static void Latency(StringBuilder html, AdminStats stats, DateTimeOffset[] minutes)
    {
        ChartSeries[] series =
        [
            new("p50", "l-p50", [.. stats.Minutes.Select(m => m.Latency.P50Ms)]),
            new("p90", "l-p90", [.. stats.Minutes.Select(m => m.Latency.P90Ms)]),
            new("p99", "l-p99", [.. stats.Minutes.Select(m => m.Latency.P99Ms)]),
        ];
        Card(html, "latency", "Latency", "How long a turn took, from the message in to the replies out; per minute and over the hour.");
        Legend(html,
        [
            ("p50 (median)", "l-p50", Duration(stats.Latency.P50Ms)),
            ("p90", "l-p90", Duration(stats.Latency.P90Ms)),
            ("p99", "l-p99", Duration(stats.Latency.P99Ms)),
        ]);
        Plot(html, plot => LineChart.Render(
            plot,
            "chart-latency",
            "Turn latency percentiles per minute over the last hour",
            $"Over the hour: p50 {Duration(stats.Latency.P50Ms)}, p90 {Duration(stats.Latency.P90Ms)}, p99 {Duration(stats.Latency.P99Ms)}; recognition p50 {Duration(stats.Recognition.P50Ms)}.",
            minutes,
            series,
            new LineChartStyle("Duration", TimeTitle, Axis, "No turns in the last hour", MinimumMax: 10, LastValueLabel: (s, value) => $"{s.Name} {Duration(value)}"),
            (i, s, value) => $"{MinuteFrame.MinuteName(minutes[i])}, {s.Name}: {Duration(value)}"),
            overTime: true);
        html.Append("<p class=\"note\">Recognition alone: p50 ").Append(Svg.Text(Duration(stats.Recognition.P50Ms))).Append(", p99 ")
            .Append(Svg.Text(Duration(stats.Recognition.P99Ms))).Append(".</p></section>");
    }

    private static void Intents(StringBuilder html, AdminStats stats)
    {
        var top = stats.Intents.Take(stats.Intents.Count > DonutSlices + 1 ? DonutSlices : DonutSlices + 1).ToList();
        var rest = stats.Intents.Skip(top.Count).Sum(i => i.Count);
        var slices = top.Select((intent, i) => new ChartItem(OperatorLabels.Intent(intent.Name), intent.Count, "c" + i.ToString(CultureInfo.InvariantCulture), intent.Name)).ToList();
        if (rest > 0)
        {
            slices.Add(new ChartItem("All others", rest, "c-rest"));
        }

        Card(html, "intents", "Intent mix", "What the turns were about, as CareerBot understood them.");
        html.Append("<div class=\"donut\">");
        Plot(html, plot => DonutChart.Render(
            plot,
            "chart-intents",
            "Turns by intent over the last hour",
            stats.Turns == 0 ? "No turns in the last hour." : $"{Describe(stats.Intents, OperatorLabels.Intent)}.",
            slices,
            Count(stats.Turns),
            "turns",
            "No turns yet",
            (slice, share) => $"{slice.Label}: {Count((long)slice.Value)} turns ({Percent(share)})"));
        html.Append("<table class=\"figures\"><caption class=\"visually-hidden\">Turns by intent</caption><thead><tr><th scope=\"col\">Intent</th><th scope=\"col\">Turns</th><th scope=\"col\">Share</th></tr></thead><tbody>");
        foreach (var slice in slices)
        {
            html.Append("<tr><th scope=\"row\"><span class=\"swatch ").Append(slice.CssClass).Append("\"></span>").Append(Svg.Text(slice.Label));
            if (slice.Detail is not null && slice.Detail != slice.Label)
            {
                html.Append(" <code>").Append(Svg.Text(slice.Detail)).Append("</code>");
            }

            html.Append("</th><td>").Append(Count((long)slice.Value)).Append("</td><td>").Append(Percent(slice.Value / Math.Max(1, stats.Turns))).Append("</td></tr>");
        }

        html.Append("</tbody></table></div></section>");
    }

    private static void FallbackRate(StringBuilder html, AdminStats stats, DateTimeOffset[] minutes)
    {
        ChartSeries[] series = [new("Fallback rate", "l-fallback", [.. stats.Minutes.Select(m => m.FallbackRate * 100)])];
        Card(html, "fallback", "Fallback rate", "The share of turns CareerBot could not answer: not understood, or out of its scope.");
        Legend(html, [("Fallback rate per minute", "l-fallback", null), ("Over the hour", "reference-swatch", Percent(stats.FallbackRate))]);
        Plot(html, plot => LineChart.Render(
            plot,
            "chart-fallback",
            "Fallback rate per minute over the last hour",
            stats.FallbackRate is null ? "No turns in the last hour." : $"Over the hour {Percent(stats.FallbackRate)} of the turns ended in a fallback ({Count(stats.Fallbacks)} of {Count(stats.Turns)}).",
            minutes,
            series,
            new LineChartStyle("Share of turns", TimeTitle, tick => Svg.Number(tick) + "%", "No turns in the last hour", MinimumMax: 10, Area: true, Reference: stats.FallbackRate * 100, ReferenceLabel: $"hour: {Percent(stats.FallbackRate)}", LastValueLabel: (_, value) => Percent(value / 100)),
            (i, _, value) => $"{MinuteFrame.MinuteName(minutes[i])}: {Percent(value / 100)} ({Count(stats.Minutes[i].Fallbacks)} of {Count(stats.Minutes[i].Turns)} turns)"),
            overTime: true);
        html.Append("</section>");
    }

    private static void Unanswered(StringBuilder html, AdminStats stats)
    {
        var bars = stats.Unanswered.Select(u => new ChartItem(OperatorLabels.UnansweredIntent(u.Name), u.Count, "u-bar", u.Name)).ToArray();
        Card(html, "unanswered", "What it could not answer", "Fallback turns by what was asked, as normalised topics (never the users' words): candidates for new content.");
        Plot(html, plot => HorizontalBarChart.Render(
            plot,
            "chart-unanswered",
            "Questions CareerBot could not answer over the last hour",
            bars.Length == 0 ? "Every turn of the last hour was answered." : $"{Describe(stats.Unanswered, OperatorLabels.UnansweredIntent)}.",
            bars,
            "Every turn of the last hour was answered",
            bar => Count((long)bar.Value),
            bar => $"{bar.Label} ({bar.Detail}): {Count((long)bar.Value)} turns, {Percent(bar.Value / Math.Max(1, stats.Fallbacks))} of the fallbacks"));
        html.Append("</section>");
    }

    private static void Channels(StringBuilder html, AdminStats stats)
    {
        Card(html, "channels", "Channels and languages", "Where the turns came from, and the language CareerBot answered in.");
        html.Append("<h3>Channels</h3>");
        Plot(html, plot => HorizontalBarChart.Render(
            plot,
            "chart-channels",
            "Turns by channel over the last hour",
            stats.Channels.Count == 0 ? "No turns in the last hour." : $"{Describe(stats.Channels, OperatorLabels.Channel)}.",
            [.. stats.Channels.Select((c, i) => new ChartItem(OperatorLabels.Channel(c.Name), c.Count, "c" + (i % DonutSlices).ToString(CultureInfo.InvariantCulture), c.Name))],
            "No turns in the last hour",
            bar => Count((long)bar.Value),
            bar => $"{bar.Label}: {Count((long)bar.Value)} turns"));
        html.Append("<h3>Languages</h3>");
        Plot(html, plot => HorizontalBarChart.Render(
            plot,
            "chart-languages",
            "Turns by language over the last hour",
            stats.Languages.Count == 0 ? "No turns in the last hour." : $"{Describe(stats.Languages, OperatorLabels.Language)}.",
            [.. stats.Languages.Select(l => new ChartItem(OperatorLabels.Language(l.Name), l.Count, "lang-bar", l.Name))],
            "No turns in the last hour",
            bar => $"{Count((long)bar.Value)} · {Percent(bar.Value / Math.Max(1, stats.Turns))}",
            bar => $"{bar.Label}: {Count((long)bar.Value)} turns"));
        html.Append("</section>");
    }

    private static void Card(StringBuilder html, string id, string heading, string lede) =>
        html.Append("<section class=\"card\" id=\"card-").Append(id).Append("\" aria-labelledby=\"heading-").Append(id).Append("\"><h2 id=\"heading-")
            .Append(id).Append("\">").Append(Svg.Text(heading)).Append("</h2><p class=\"lede\">").Append(Svg.Text(lede)).Append("</p>");

    private static void Legend(StringBuilder html, IEnumerable<(string Label, string CssClass, string? Value)> items)
    {
        html.Append("<ul class=\"legend\">");
        foreach (var (label, cssClass, value) in items)
        {
            html.Append("<li><span class=\"swatch ").Append(cssClass).Append("\"></span>").Append(Svg.Text(label));
            if (value is not null)
            {
                html.Append(" <strong>").Append(Svg.Text(value)).Append("</strong>");
            }

            html.Append("</li>");
        }

        html.Append("</ul>");
    }

    private static void Plot(StringBuilder html, Action<StringBuilder> chart, bool overTime = false)
    {
        html.Append(overTime ? "<div class=\"plot over-time\">" : "<div class=\"plot\">");
        chart(html);
        html.Append("</div>");
    }

    private static string Describe(IReadOnlyList<NamedCount> counts, Func<string, string> label) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(c => $"{label(c.Name)} {Count(c.Count)}"));

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Axis(double milliseconds) => milliseconds switch
    {
        0 => "0",
        >= 1000 => (milliseconds / 1000).ToString("0.##", CultureInfo.InvariantCulture) + " s",
        _ => milliseconds.ToString("0.#", CultureInfo.InvariantCulture) + " ms",
    };

    private static string Duration(double? milliseconds) => milliseconds switch
    {
        null => "—",
        < 10 => milliseconds.Value.ToString("0.0", CultureInfo.InvariantCulture) + " ms",
        < 1000 => milliseconds.Value.ToString("0", CultureInfo.InvariantCulture) + " ms",
        _ => (milliseconds.Value / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s",
    };

    private static string Percent(double? rate) => rate switch
    {
        null => "—",
        < 0.1 and > 0 => (rate.Value * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%",
        _ => (rate.Value * 100).ToString("0", CultureInfo.InvariantCulture) + "%",
    };
}
