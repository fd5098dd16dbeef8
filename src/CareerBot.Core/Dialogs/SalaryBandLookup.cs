using CareerBot.Core.Content;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Dialogs;

/// <summary>Finds the salary bands that apply to a stated experience.</summary>
public static class SalaryBandLookup
{
    /// <summary>The bands for <paramref name="experience"/>: one band; two when a single figure sits exactly on a
    /// boundary (5 years is both "2 to 5" and "5 to 10"); every band a range overlaps; the band an open figure
    /// starts in ("5+" → 5 to 10).</summary>
    public static IReadOnlyList<SalaryBand> For(SalaryTable table, Experience experience)
    {
        if (experience.UpToYears is { } upTo && upTo != experience.Years)
        {
            var low = Math.Min(experience.Years, upTo);
            var high = Math.Max(experience.Years, upTo);
            return [.. table.Bands.Where(b => b.FromYears < high && low < (b.ToYears ?? decimal.MaxValue))];
        }

        var years = experience.Years;
        if (experience.OrMore)
        {
            return [.. table.Bands.Where(b => b.FromYears <= years && years < (b.ToYears ?? decimal.MaxValue))];
        }

        return [.. table.Bands.Where(b => b.FromYears <= years && years <= (b.ToYears ?? decimal.MaxValue))];
    }
}
