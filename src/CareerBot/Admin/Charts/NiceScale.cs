namespace CareerBot.Admin.Charts;

/// <summary>A value axis from 0 to a round maximum in round steps (1, 2, 2.5 or 5 times a power of ten), about
/// four of them.</summary>
/// <param name="Max">The top of the axis.</param>
/// <param name="Step">The distance between two ticks.</param>
internal readonly record struct NiceScale(double Max, double Step)
{
    /// <summary>The scale that holds <paramref name="max"/>; whole steps when <paramref name="whole"/>.</summary>
    public static NiceScale For(double max, bool whole)
    {
        if (!double.IsFinite(max) || max <= 0)
        {
            max = whole ? 4 : 1;
        }

        var rough = max / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var residual = rough / magnitude;
        var step = residual switch
        {
            <= 1 => 1,
            <= 2 => 2,
            <= 2.5 => 2.5,
            <= 5 => 5,
            _ => 10,
        } * magnitude;
        if (whole)
        {
            step = Math.Max(1, Math.Ceiling(step));
        }

        return new NiceScale(Math.Ceiling(max / step) * step, step);
    }

    /// <summary>The ticks from 0 to <see cref="Max"/>.</summary>
    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round(Max / Step);
        for (var i = 0; i <= count; i++)
        {
            yield return i * Step;
        }
    }
}
