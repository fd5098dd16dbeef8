namespace CareerBot.Admin.Charts;

/// <summary>One slice of a donut or one bar of a bar chart.</summary>
/// <param name="Label">What it counts, as people read it.</param>
/// <param name="Value">How many.</param>
/// <param name="CssClass">The class that gives it its colour.</param>
/// <param name="Detail">A second line, e.g. the normalised name the metrics carry.</param>
internal sealed record ChartItem(string Label, double Value, string CssClass, string? Detail = null);
