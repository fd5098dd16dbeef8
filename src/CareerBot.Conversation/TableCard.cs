namespace CareerBot.Conversation;

/// <summary>A card showing a table, some rows highlighted, with an optional form to ask again: channels render it
/// their own way (an Adaptive Card for Teams, Web Chat and the Emulator).</summary>
/// <param name="Title">The card's heading.</param>
/// <param name="Columns">The column headers.</param>
/// <param name="Rows">The rows.</param>
/// <param name="Note">A line of small print under the table.</param>
/// <param name="Form">A field and a button to ask the same question with another value; null for none.</param>
/// <remarks>Cards with the same content are equal, so that a channel can render each distinct card once.</remarks>
public sealed record TableCard(string Title, IReadOnlyList<string> Columns, IReadOnlyList<TableRow> Rows, string? Note, CardForm? Form)
{
    /// <inheritdoc />
    public bool Equals(TableCard? other) =>
        other is not null
        && Title == other.Title
        && Note == other.Note
        && Form == other.Form
        && Columns.SequenceEqual(other.Columns, StringComparer.Ordinal)
        && Rows.SequenceEqual(other.Rows);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Note, Form, Sequences.Hash(Columns), Sequences.Hash(Rows));
}
