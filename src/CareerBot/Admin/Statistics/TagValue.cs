using System.Globalization;

namespace CareerBot.Admin.Statistics;

/// <summary>Turns a metric tag's value into a short name safe to count and show: lower-case letters, digits, '-',
/// '_' and '.', at most 40 characters; anything else is <see cref="BoundedCounts.Other"/>, so no free text (a user's
/// words, were a tag ever to carry them) reaches the page.</summary>
public static class TagValue
{
    /// <summary>The name for a missing value.</summary>
    public const string Unknown = "unknown";

    private const int MaxLength = 40;

    /// <summary>The normalised name of <paramref name="value"/>.</summary>
    public static string Normalise(object? value)
    {
        var text = value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture);
        if (string.IsNullOrEmpty(text))
        {
            return Unknown;
        }

        if (text.Length > MaxLength)
        {
            return BoundedCounts.Other;
        }

        var lower = true;
        foreach (var c in text)
        {
            if (c is >= 'A' and <= 'Z')
            {
                lower = false;
            }
            else if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.'))
            {
                return BoundedCounts.Other;
            }
        }

        return lower ? text : text.ToLowerInvariant();
    }
}
