using CareerBot.Conversation;
using CareerBot.Core.State;
using CareerBot.Storage.Sql;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Storage.Tests;

/// <summary>The contract on PostgreSQL (Storage:Provider=Postgres), each test in a database of its own; and an outage:
/// the server stopped and started again under a running store.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests : SqlStoreContract
{
    private readonly PostgresServer server;

    public PostgresStoreTests(PostgresServer server)
    {
        this.server = server;
    }

    [Fact]
    public async Task While_the_server_is_down_the_store_is_unavailable_and_it_recovers_when_the_server_is_back()
    {
        if (!server.Owned)
        {
            return; // A server these tests did not start is not theirs to stop.
        }

        var location = await NewDatabaseAsync();
        await using var database = Database(location);
        var store = new SqlConversationStateStore(database, Time, NullLogger<SqlConversationStateStore>.Instance);
        var id = NewId();
        await store.TrySaveAsync(id, new ConversationState { Salary = new SalaryState(1) }, null, default);

        await server.StopAsync();
        try
        {
            await Assert.ThrowsAsync<StorageUnavailableException>(async () => await store.LoadAsync(id, default));
            await Assert.ThrowsAsync<StorageUnavailableException>(async () => await store.TrySaveAsync(NewId(), ConversationState.Empty, null, default));
        }
        finally
        {
            await server.StartAsync();
        }

        Assert.Equal(new SalaryState(1), (await store.LoadAsync(id, default)).State.Salary);
    }

    /// <inheritdoc />
    protected override Task<string> NewDatabaseAsync() => server.CreateDatabaseAsync();

    /// <inheritdoc />
    private protected override SqlDialect Dialect(string location) => new PostgresDialect(location);
}
