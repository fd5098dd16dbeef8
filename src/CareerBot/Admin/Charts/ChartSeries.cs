namespace CareerBot.Admin.Charts;

/// <summary>One series of a chart over minutes: a value per minute (null where there is none).</summary>
/// <param name="Name">What the series is, as the legend and tooltips say it.</param>
/// <param name="CssClass">The class that gives it its colour.</param>
/// <param name="Values">One value per minute, oldest first.</param>
internal sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<double?> Values);
