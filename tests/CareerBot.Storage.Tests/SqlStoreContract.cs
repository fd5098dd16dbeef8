using CareerBot.Conversation;
using CareerBot.Storage.Sql;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.Tests;

/// <summary>What the SQL providers promise beyond the contract: another instance over the same database sees
/// everything, instances share one token signing key, instances starting at once migrate the schema once, and a
/// damaged record does not break its conversation.</summary>
public abstract class SqlStoreContract : ConversationStoreContract
{
    [Fact]
    public async Task Another_instance_over_the_same_database_sees_everything()
    {
        var location = await NewDatabaseAsync();
        var first = await OpenAsync(location);
        var id = NewId();
        await first.State.TrySaveAsync(id, new Core.State.ConversationState { Salary = new Core.State.SalaryState(0) }, null, default);
        var conversation = await StartAsync(first);
        await first.DirectLine.AppendAsync(conversation, Message("hello"), default);

        await first.Outbox.EnqueueAsync(id, [new OutboxMessage("a reply")], default);

        var second = await OpenAsync(location);

        Assert.Equal(new Core.State.SalaryState(0), (await second.State.LoadAsync(id, default)).State.Salary);
        Assert.Equal("a reply", Assert.Single(await second.Outbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default)).Payload);
        Assert.Equal(["hello"], (await second.DirectLine.ReadAsync(conversation, null, default))!.Activities.Select(a => a.Text));
        Assert.Equal($"{conversation}|0000001", (await second.DirectLine.AppendAsync(conversation, Message("again"), default))!.Id);
    }

    [Fact]
    public async Task Instances_share_one_token_signing_key()
    {
        var location = await NewDatabaseAsync();
        await using var first = Database(location);
        await using var second = Database(location);

        var kept = new SqlSigningKeyStore(first).GetOrAdd([1, 2, 3]);
        var theirs = new SqlSigningKeyStore(second).GetOrAdd([4, 5, 6]);

        Assert.Equal([1, 2, 3], kept);
        Assert.Equal(kept, theirs);
    }

    [Fact]
    public async Task Instances_starting_at_once_migrate_the_schema_once()
    {
        var location = await NewDatabaseAsync();
        var databases = Enumerable.Range(0, 4).Select(_ => Database(location)).ToList();
        try
        {
            await Task.WhenAll(databases.Select(d => Task.Run(() => d.EnsureMigratedAsync(default))));

            var versions = await databases[0].RunAsync(
                (connection, token) => Sql.Sql.ScalarAsync<long>(connection, null, "SELECT COUNT(*) FROM careerbot_schema_version", token),
                default);
            Assert.Equal(Schema.Migrations.Count, versions);
        }
        finally
        {
            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_damaged_state_starts_its_conversation_afresh()
    {
        var location = await NewDatabaseAsync();
        var stores = await OpenAsync(location);
        var id = NewId();
        await stores.State.TrySaveAsync(id, new Core.State.ConversationState { LanguageCode = "fr" }, null, default);
        await using (var database = Database(location))
        {
            await database.RunAsync(
                (connection, token) => Sql.Sql.ExecuteAsync(connection, null, "UPDATE careerbot_conversation_state SET state = '{not json' WHERE id = @id", token, ("id", id)),
                default);
        }

        var damaged = await stores.State.LoadAsync(id, default);

        Assert.Equal(Core.State.ConversationState.Empty, damaged.State);
        Assert.True(await stores.State.TrySaveAsync(id, damaged.State with { LanguageCode = "en" }, damaged.ETag, default));
    }

    [Fact]
    public async Task Instances_claiming_at_once_never_share_a_reply_and_keep_each_conversation_in_order()
    {
        var location = await NewDatabaseAsync();
        var first = await OpenAsync(location);
        var second = await OpenAsync(location);
        var conversations = Enumerable.Range(0, 8).Select(_ => NewId()).ToList();
        foreach (var conversation in conversations)
        {
            await first.Outbox.EnqueueAsync(conversation, [.. Enumerable.Range(0, 5).Select(i => new OutboxMessage($"{conversation}|{i}"))], default);
        }

        var delivered = new System.Collections.Concurrent.ConcurrentQueue<(string Instance, OutboxItem Item)>();
        async Task DeliverAsync(string instance, IReplyOutbox outbox)
        {
            for (var idle = 0; idle < 20;)
            {
                var claimed = await outbox.ClaimAsync(3, TimeSpan.FromMinutes(1), default);
                idle = claimed.Count == 0 ? idle + 1 : 0;
                foreach (var item in claimed)
                {
                    delivered.Enqueue((instance, item));
                    Assert.True(await outbox.RemoveAsync(item, default));
                }

                await Task.Yield();
            }
        }

        await Task.WhenAll(Task.Run(() => DeliverAsync("first", first.Outbox)), Task.Run(() => DeliverAsync("second", second.Outbox)));

        var payloads = delivered.Select(d => d.Item.Payload).ToList();
        Assert.Equal(40, payloads.Count);
        Assert.Equal(40, payloads.Distinct(StringComparer.Ordinal).Count());
        foreach (var conversation in conversations)
        {
            Assert.Equal(Enumerable.Range(0, 5).Select(i => $"{conversation}|{i}"), payloads.Where(p => p.StartsWith(conversation + "|", StringComparison.Ordinal)));
        }

        Assert.Equal(0, await first.Outbox.CountAsync(default));
    }

    /// <summary>A new, empty database: its location (a connection string).</summary>
    protected abstract Task<string> NewDatabaseAsync();

    /// <summary>The dialect over a database.</summary>
    private protected abstract SqlDialect Dialect(string location);

    /// <inheritdoc />
    protected override async Task<Stores> CreateAsync() => Create(await NewDatabaseAsync());

    /// <summary>Database access over <paramref name="location"/>, as one instance of the app has.</summary>
    private protected SqlDatabase Database(string location) => new(Dialect(location), Time, NullLogger<SqlDatabase>.Instance);

    private Task<Stores> OpenAsync(string location) => Task.FromResult(Track(Create(location)));

    private Stores Create(string location)
    {
        var database = Database(location);
        return new Stores(
            new SqlConversationStateStore(database, Time, NullLogger<SqlConversationStateStore>.Instance),
            new SqlDirectLineConversationStore(database, Options.Create(DirectLineOptions), Time),
            new SqlReplyOutbox(database, Time),
            new SqlFeedbackStore(database),
            new SqlAnswerLedger(database, Time),
            database);
    }
}
