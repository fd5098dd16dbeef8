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
    /// bound. A statement is always run with the same parameters, so they are created once and only their values set
    /// again; their names carry SQLite's '@', which spares Microsoft.Data.Sqlite trying each prefix on every bind.</summary>
    public SqliteCommand Command(string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            commands.Add(sql, command);
        }

        var bound = command.Parameters;
        if (!SameNames(bound, parameters))
        {
            bound.Clear();
            foreach (var (name, _) in parameters)
            {
                bound.Add(new SqliteParameter { ParameterName = "@" + name });
            }
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            bound[i].Value = parameters[i].Value ?? DBNull.Value;
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

    private static bool SameNames(SqliteParameterCollection bound, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        if (bound.Count != parameters.Count)
        {
            return false;
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            var name = bound[i].ParameterName;
            if (name.Length != parameters[i].Name.Length + 1 || !name.AsSpan(1).SequenceEqual(parameters[i].Name))
            {
                return false;
            }
        }

        return true;
    }
}
