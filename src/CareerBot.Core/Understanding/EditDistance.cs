namespace CareerBot.Core.Understanding;

/// <summary>Damerau-Levenshtein distance (optimal string alignment): insertions, deletions, substitutions and
/// transpositions of adjacent letters each cost one.</summary>
internal static class EditDistance
{
    /// <summary>The typos tolerated in a word of <paramref name="length"/> letters: none under 5, one from 5, two
    /// from 8.</summary>
    public static int Tolerance(int length) => length >= 8 ? 2 : length >= 5 ? 1 : 0;

    /// <summary>Whether <paramref name="typed"/> is within <paramref name="max"/> edits of <paramref name="word"/>.</summary>
    public static bool IsWithin(string typed, string word, int max)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(word);
        if (Math.Abs(typed.Length - word.Length) > max)
        {
            return false;
        }

        return Distance(typed, word) <= max;
    }

    /// <summary>The optimal-string-alignment distance between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var width = b.Length + 1;
        Span<int> rows = a.Length < 40 && b.Length < 40 ? stackalloc int[3 * width] : new int[3 * width];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
