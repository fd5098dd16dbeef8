using CareerBot.Conversation;
using CareerBot.Core.State;
using CareerBot.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace CareerBot.Storage.Tests;

/// <summary>The contract on SQLite files (Storage:Provider=Sqlite, the default), each test in a folder of its own.</summary>
public sealed class SqliteStoreTests : SqlStoreContract
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "careerbot-sqlite-" + Guid.NewGuid().ToString("N")[..8]);

    /// <inheritdoc />
    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_relative_file_is_created_under_the_app_folder_with_its_folders()
    {
        var dialect = new SqliteDialect("Data Source=data/nested/careerbot.db", folder);
        await using var database = new SqlDatabase(dialect, Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqlDatabase>.Instance);

        await database.EnsureMigratedAsync(default);

        Assert.True(File.Exists(Path.Combine(folder, "data", "nested", "careerbot.db")));
    }

    [Fact]
    public async Task The_database_its_log_and_the_folders_made_for_them_are_readable_by_the_service_account_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var dialect = new SqliteDialect("Data Source=data/private/careerbot.db", folder);
        await using var database = new SqlDatabase(dialect, Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqlDatabase>.Instance);
        var store = new SqlConversationStateStore(database, Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqlConversationStateStore>.Instance);

        await store.TrySaveAsync("conv", ConversationState.Empty with { LanguageCode = "en" }, null, default);

        var file = Path.Combine(folder, "data", "private", "careerbot.db");
        const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(owner, File.GetUnixFileMode(file));
        Assert.Equal(owner, File.GetUnixFileMode(file + "-wal"));
        Assert.Equal(owner | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(file)!));
        Assert.Equal(owner | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(folder, "data")));
    }

    [Fact]
    public async Task A_database_left_readable_by_others_is_made_private_at_start()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "old.db");
        await File.WriteAllBytesAsync(file, []);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        await using var database = Database("Data Source=" + file);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public async Task A_file_that_cannot_be_opened_is_an_outage_not_a_crash()
    {
        var directory = Path.Combine(folder, "a-folder-not-a-file");
        Directory.CreateDirectory(directory);
        await using var database = Database("Data Source=" + directory);
        var store = new SqlConversationStateStore(database, Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqlConversationStateStore>.Instance);

        await Assert.ThrowsAsync<StorageUnavailableException>(async () => await store.LoadAsync("conv", default));
    }

    [Fact]
    public async Task Writes_sharing_a_commit_fail_alone_when_their_statement_fails()
    {
        await using var database = Database(await NewDatabaseAsync());
        var store = new SqlConversationStateStore(database, Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqlConversationStateStore>.Instance);
        await database.EnsureMigratedAsync(default);

        var saves = Enumerable.Range(0, 40).Select(i => store.TrySaveAsync($"c{i}", ConversationState.Empty, null, default).AsTask()).ToList();
        var broken = database.WriteAsync("INSERT INTO no_such_table (id) VALUES (@id)", default, ("id", "x"));
        saves.AddRange(Enumerable.Range(40, 40).Select(i => store.TrySaveAsync($"c{i}", ConversationState.Empty, null, default).AsTask()));

        Assert.All(await Task.WhenAll(saves), Assert.True);
        await Assert.ThrowsAsync<SqliteException>(() => broken);
        for (var i = 0; i < 80; i += 7)
        {
            Assert.NotNull((await store.LoadAsync($"c{i}", default)).ETag);
        }
    }

    [Fact]
    public async Task The_log_is_checkpointed_beside_the_writer_and_written_again_from_its_start()
    {
        // Automatic checkpoints are off: without checkpoints the log would only grow, 3 pages a commit (measured).
        // The checkpoints are run here every 50 saves instead of on a timer, so that the test does not race it.
        const int saves = 1500;
        var file = Path.Combine(folder, "log.db");
        var dialect = new SqliteDialect("Data Source=" + file, folder, Timeout.InfiniteTimeSpan, restartPages: 16);
        await using var database = new SqlDatabase(dialect, Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqlDatabase>.Instance);
        var store = new SqlConversationStateStore(database, Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqlConversationStateStore>.Instance);
        await database.EnsureMigratedAsync(default);

        var longest = 0;
        for (var i = 0; i < saves; i++)
        {
            Assert.True(await store.TrySaveAsync($"c{i}", ConversationState.Empty with { LanguageCode = $"l{i}" }, null, default));
            if (i % 50 == 49)
            {
                longest = Math.Max(longest, await dialect.CheckpointAsync(default));
            }
        }

        // Written from its start again and again, the log never holds much more than 50 saves' pages.
        Assert.InRange(longest, 1, 50 * 3 * 2);
        Assert.InRange(new FileInfo(file + "-wal").Length, 1, 50 * 3 * 2 * 4200);
        Assert.InRange(new FileInfo(file).Length, 100_000, long.MaxValue); // the states were copied into the file
        for (var i = 0; i < saves; i += 37)
        {
            Assert.Equal($"l{i}", (await store.LoadAsync($"c{i}", default)).State.LanguageCode);
        }
    }

    /// <inheritdoc />
    protected override Task<string> NewDatabaseAsync() =>
        Task.FromResult("Data Source=" + Path.Combine(folder, Guid.NewGuid().ToString("N") + ".db"));

    /// <inheritdoc />
    private protected override SqlDialect Dialect(string location) => new SqliteDialect(location, folder);
}
