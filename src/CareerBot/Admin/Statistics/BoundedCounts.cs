using System.Runtime.InteropServices;

namespace CareerBot.Admin.Statistics;

/// <summary>Counts by name, keeping at most a fixed number of names: once full, new names are counted as
/// <see cref="Other"/>, so the memory stays bounded whatever values arrive.</summary>
public sealed class BoundedCounts
{
    /// <summary>The name that counts whatever no longer fits.</summary>
    public const string Other = "other";

    private readonly Dictionary<string, long> counts = new(StringComparer.Ordinal);
    private readonly int capacity;

    /// <summary>Creates the counts, keeping at most <paramref name="capacity"/> names besides <see cref="Other"/>.</summary>
    public BoundedCounts(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        this.capacity = capacity;
    }

    /// <summary>How many names are kept.</summary>
    public int Names => counts.Count;

    /// <summary>The total of every count.</summary>
    public long Total { get; private set; }

    /// <summary>Adds <paramref name="count"/> to <paramref name="name"/>'s count.</summary>
    public void Add(string name, long count = 1)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (count <= 0)
        {
            return;
        }

        if (counts.Count >= capacity && !counts.ContainsKey(name))
        {
            name = Other;
        }

        CollectionsMarshal.GetValueRefOrAddDefault(counts, name, out _) += count;
        Total += count;
    }

    /// <summary>The count of <paramref name="name"/> (0 when absent).</summary>
    public long this[string name] => counts.GetValueOrDefault(name);

    /// <summary>Adds every count to <paramref name="totals"/>.</summary>
    public void AddTo(Dictionary<string, long> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        foreach (var (name, count) in counts)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(totals, name, out _) += count;
        }
    }

    /// <summary>Forgets every count.</summary>
    public void Clear()
    {
        counts.Clear();
        Total = 0;
    }
}
