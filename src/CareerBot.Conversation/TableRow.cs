namespace CareerBot.Conversation;

/// <summary>One row of a <see cref="TableCard"/>; <paramref name="Highlighted"/> rows are the ones that answer the user.</summary>
public sealed record TableRow(IReadOnlyList<string> Cells, bool Highlighted = false);
