namespace CareerBot.Conversation;

/// <summary>Hashing of lists for the records that hold them, which compare their lists item by item.</summary>
internal static class Sequences
{
    /// <summary>A hash of the items of <paramref name="items"/>, in order.</summary>
    public static int Hash<T>(IReadOnlyList<T> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
