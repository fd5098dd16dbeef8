namespace CareerBot.Storage.Sql;

/// <summary>One statement with its named parameters, run after another in the same commit
/// (<c>SqlDatabase.WriteAsync(sql, then, …)</c>).</summary>
/// <param name="Sql">The statement.</param>
/// <param name="Parameters">Its parameters, by name (without '@').</param>
internal sealed record SqlStatement(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);
