namespace CareerBot.Conversation;

/// <summary>One row of a <see cref="TableCard"/>; <paramref name="Highlighted"/> rows are the ones that answer the user.
/// Rows with the same cells are equal.</summary>
public sealed record TableRow(IReadOnlyList<string> Cells, bool Highlighted = false)
{
    /// <inheritdoc />
    public bool Equals(TableRow? other) =>
        other is not null && Highlighted == other.Highlighted && Cells.SequenceEqual(other.Cells, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Highlighted, Sequences.Hash(Cells));
}
