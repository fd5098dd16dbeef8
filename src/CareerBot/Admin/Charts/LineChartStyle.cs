namespace CareerBot.Admin.Charts;

/// <summary>How a <see cref="LineChart"/> reads: its axes' titles and ticks, its empty message, its smallest top,
/// whether the first series is filled, and an optional reference line.</summary>
/// <param name="ValueTitle">The value axis's title.</param>
/// <param name="TimeTitle">The time axis's title.</param>
/// <param name="TickLabel">How a value tick is written.</param>
/// <param name="EmptyMessage">What the plot says when there is nothing to draw.</param>
/// <param name="MinimumMax">The value axis reaches at least this.</param>
/// <param name="Area">Fill the area under the first series.</param>
/// <param name="Reference">A value to mark with a dashed line.</param>
/// <param name="ReferenceLabel">What the dashed line is.</param>
/// <param name="LastValueLabel">How the latest value of each series is labelled beside its dot (no label when null).</param>
internal sealed record LineChartStyle(
    string ValueTitle,
    string TimeTitle,
    Func<double, string> TickLabel,
    string EmptyMessage,
    double MinimumMax = 0,
    bool Area = false,
    double? Reference = null,
    string? ReferenceLabel = null,
    Func<ChartSeries, double, string>? LastValueLabel = null);
