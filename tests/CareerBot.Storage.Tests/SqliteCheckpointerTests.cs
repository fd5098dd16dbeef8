using CareerBot.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace CareerBot.Storage.Tests;

/// <summary>The checkpointer on its own, with connections that are not pooled, so that none arrives already knowing
/// the file (as a pooled one used by the migration would).</summary>
public sealed class SqliteCheckpointerTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "careerbot-checkpoint-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string file;

    public SqliteCheckpointerTests()
    {
        Directory.CreateDirectory(folder);
        file = Path.Combine(folder, "c.db");
    }

    [Fact]
    public async Task A_checkpointer_started_before_the_file_is_in_wal_mode_copies_its_log_once_it_is()
    {
        await using var checkpointer = new SqliteCheckpointer(OpenAsync, Timeout.InfiniteTimeSpan, restartPages: 16);
        Assert.True(await checkpointer.CheckpointAsync(default) < 0); // no log yet

        using (var writer = await OpenAsync(default))
        {
            Execute(writer, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE t (v TEXT);");
            for (var i = 0; i < 50; i++)
            {
                Execute(writer, $"INSERT INTO t VALUES ('{new string('x', 2000)}')");
            }

            var pages = await checkpointer.CheckpointAsync(default);

            Assert.InRange(pages, 26, int.MaxValue);
            Assert.Equal(pages, checkpointer.LogPages);
            Assert.InRange(new FileInfo(file).Length, 100_000, long.MaxValue); // copied into the file

            // Past the limit, the writer restarts the log: its next commit writes it from the start.
            checkpointer.RestartIfLong(writer);
            Assert.Equal(0, checkpointer.LogPages);
            Execute(writer, "INSERT INTO t VALUES ('y')");
            Assert.InRange(await checkpointer.CheckpointAsync(default), 1, 3);
        }
    }

    [Fact]
    public async Task A_restart_that_a_reader_holds_up_is_tried_again_only_after_the_next_checkpoint()
    {
        await using var checkpointer = new SqliteCheckpointer(OpenAsync, Timeout.InfiniteTimeSpan, restartPages: 4);
        using var writer = await OpenAsync(default);
        Execute(writer, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; PRAGMA busy_timeout = 5000; CREATE TABLE t (v TEXT);");
        using var reader = await OpenAsync(default);
        using var snapshot = reader.BeginTransaction(deferred: true);
        Execute(reader, "SELECT count(*) FROM t"); // holds the log as it is now
        for (var i = 0; i < 10; i++)
        {
            Execute(writer, $"INSERT INTO t VALUES ('{new string('x', 2000)}')");
        }

        Assert.InRange(await checkpointer.CheckpointAsync(default), 5, int.MaxValue);
        checkpointer.RestartIfLong(writer); // waits for the reader, briefly, in vain

        Assert.Equal(0, checkpointer.LogPages);
        Assert.Equal(5000L, (long)new SqliteCommand("PRAGMA busy_timeout", writer).ExecuteScalar()!);
    }

    [Fact]
    public async Task A_short_log_is_not_restarted()
    {
        await using var checkpointer = new SqliteCheckpointer(OpenAsync, Timeout.InfiniteTimeSpan, restartPages: 1000);
        using var writer = await OpenAsync(default);
        Execute(writer, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('a');");
        var pages = await checkpointer.CheckpointAsync(default);

        checkpointer.RestartIfLong(writer);

        Assert.InRange(pages, 1, 999);
        Assert.Equal(pages, checkpointer.LogPages); // no RESTART: the next PASSIVE checkpoint measures from here
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private async ValueTask<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
