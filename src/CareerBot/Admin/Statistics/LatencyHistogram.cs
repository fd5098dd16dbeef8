namespace CareerBot.Admin.Statistics;

/// <summary>Durations counted in fixed buckets that grow by a quarter octave (each about 19% wider than the one
/// below) from 0.1 ms to about two minutes, plus one for longer: a fixed size whatever the traffic, and percentiles
/// within a bucket's width. The smallest and largest values are kept exactly.</summary>
public sealed class LatencyHistogram
{
    private static readonly double[] UpperBounds = CreateUpperBounds();
    private readonly long[] counts = new long[UpperBounds.Length + 1];

    /// <summary>How many durations were added.</summary>
    public long Count { get; private set; }

    /// <summary>The shortest duration added, in seconds (0 when none).</summary>
    public double Min { get; private set; }

    /// <summary>The longest duration added, in seconds (0 when none).</summary>
    public double Max { get; private set; }

    /// <summary>Adds a duration in seconds; a negative or non-finite one is ignored.</summary>
    public void Add(double seconds)
    {
        if (!double.IsFinite(seconds) || seconds < 0)
        {
            return;
        }

        var index = Array.BinarySearch(UpperBounds, seconds);
        counts[index < 0 ? ~index : index]++;
        Min = Count == 0 ? seconds : Math.Min(Min, seconds);
        Max = Count == 0 ? seconds : Math.Max(Max, seconds);
        Count++;
    }

    /// <summary>Adds every duration of <paramref name="other"/>.</summary>
    public void Add(LatencyHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
        {
            return;
        }

        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] += other.counts[i];
        }

        Min = Count == 0 ? other.Min : Math.Min(Min, other.Min);
        Max = Count == 0 ? other.Max : Math.Max(Max, other.Max);
        Count += other.Count;
    }

    /// <summary>Forgets every duration.</summary>
    public void Clear()
    {
        Array.Clear(counts);
        Count = 0;
        Min = 0;
        Max = 0;
    }

    /// <summary>The duration in seconds below which <paramref name="quantile"/> (0 to 1) of the durations fall,
    /// interpolated within its bucket; null when there is none.</summary>
    public double? Quantile(double quantile)
    {
        if (Count == 0)
        {
            return null;
        }

        if (quantile <= 0 || quantile >= 1)
        {
            return quantile <= 0 ? Min : Max;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(quantile * Count));
        long below = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (below + counts[i] < rank)
            {
                below += counts[i];
                continue;
            }

            var lower = i == 0 ? 0 : UpperBounds[i - 1];
            var upper = i < UpperBounds.Length ? UpperBounds[i] : Max;
            var value = lower + ((upper - lower) * (rank - below) / counts[i]);
            return Math.Clamp(value, Min, Max);
        }

        return Max;
    }

    private static double[] CreateUpperBounds()
    {
        var bounds = new double[81];
        for (var i = 0; i < bounds.Length; i++)
        {
            bounds[i] = 0.0001 * Math.Pow(2, i / 4.0);
        }

        return bounds;
    }
}
