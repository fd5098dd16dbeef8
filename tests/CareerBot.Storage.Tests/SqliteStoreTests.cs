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

    /// <inheritdoc />
    protected override Task<string> NewDatabaseAsync() =>
        Task.FromResult("Data Source=" + Path.Combine(folder, Guid.NewGuid().ToString("N") + ".db"));

    /// <inheritdoc />
    private protected override SqlDialect Dialect(string location) => new SqliteDialect(location, folder);
}
