using Microsoft.Data.Sqlite;

namespace CareerBot.Storage.Sql;

/// <summary>A SQLite connection kept open with its statements compiled once: Microsoft.Data.Sqlite compiles a
/// command's SQL each time a new command runs it, which on the per-turn load and save cost more than the work itself.
/// Used by one caller at a time.</summary>
internal sealed class PreparedConnection : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    /// <summary>Wraps an open connection, which it then owns.</summary>
    public PreparedConnection(SqliteConnection connection)
    {
        Connection = connection;
    }

    /// <summary>The connection.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>The command for <paramref name="sql"/>, compiled on first use, with <paramref name="parameters"/>
    /// bound.</summary>
    public SqliteCommand Command(string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            commands.Add(sql, command);
        }

        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
        Connection.Dispose();
    }
}
