using System.Security.Cryptography;
using CareerBot.Conversation;

namespace CareerBot.Storage.Sql;

/// <summary>The reply outbox in the <c>careerbot_outbox</c> table, shared by every instance over the database. Messages
/// are numbered by the database (increasing: a conversation's turns commit one after the other, so its messages are
/// numbered in order); a claim is one UPDATE that takes, for a lease, the oldest message of each conversation that is
/// due and free, and re-checks on the row that it is still free, so that of two instances claiming at once only one
/// gets a message.</summary>
internal sealed class SqlReplyOutbox : IReplyOutbox
{
    private const string InsertSql =
        "INSERT INTO careerbot_outbox (conversation_id, payload, created_at, due_at, attempts, lease_until) VALUES (@conversation, @payload, @now, @now, 0, 0)";

    private const string ClaimSql = """
        UPDATE careerbot_outbox SET lease = @lease, lease_until = @until
        WHERE id IN (
            SELECT o.id FROM careerbot_outbox o
            WHERE o.due_at <= @now AND o.lease_until <= @now
              AND NOT EXISTS (SELECT 1 FROM careerbot_outbox e WHERE e.conversation_id = o.conversation_id AND e.id < o.id)
            ORDER BY o.id
            LIMIT @max)
          AND due_at <= @now AND lease_until <= @now
        RETURNING id, conversation_id, payload, attempts, created_at
        """;

    private readonly SqlDatabase database;
    private readonly TimeProvider time;

    /// <summary>Creates the outbox.</summary>
    public SqlReplyOutbox(SqlDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
    }

    /// <summary>The statements that add <paramref name="messages"/> to the outbox of <paramref name="conversationId"/>,
    /// in order, committed at <paramref name="now"/>.</summary>
    public static IReadOnlyList<SqlStatement> Inserts(string conversationId, IReadOnlyList<OutboxMessage> messages, long now) =>
        [.. messages.Select(message => new SqlStatement(InsertSql, [("conversation", conversationId), ("payload", message.Payload), ("now", now)]))];

    /// <inheritdoc />
    public async ValueTask EnqueueAsync(string conversationId, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return;
        }

        var inserts = Inserts(conversationId, messages, time.GetUtcNow().ToUnixTimeMilliseconds());
        await database.WriteAsync(inserts[0].Sql, inserts.Skip(1).ToList(), cancellationToken, [.. inserts[0].Parameters]);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<OutboxItem>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();

        // A read first: most polls find nothing, and on SQLite an UPDATE takes the write lock even when it matches no row.
        var due = await database.ReadAsync(
            "SELECT 1 FROM careerbot_outbox WHERE due_at <= @now AND lease_until <= @now LIMIT 1",
            reader => reader.Read(),
            cancellationToken,
            ("now", now));
        if (!due || max <= 0)
        {
            return [];
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var claimed = await database.InTransactionAsync(
            async (connection, transaction, cancellation) =>
            {
                await using var command = Sql.Command(
                    connection,
                    transaction,
                    ClaimSql,
                    ("lease", token),
                    ("until", now + (long)lease.TotalMilliseconds),
                    ("now", now),
                    ("max", max));
                await using var reader = await command.ExecuteReaderAsync(cancellation);
                var items = new List<OutboxItem>();
                while (await reader.ReadAsync(cancellation))
                {
                    items.Add(new OutboxItem(
                        reader.GetInt64(0),
                        reader.GetString(1),
                        reader.GetString(2),
                        (int)reader.GetInt64(3),
                        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
                        token));
                }

                return items;
            },
            cancellationToken);
        return [.. claimed.OrderBy(item => item.Id)];
    }

    /// <inheritdoc />
    public async ValueTask<bool> RemoveAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return await database.WriteAsync(
            "DELETE FROM careerbot_outbox WHERE id = @id AND lease = @lease",
            cancellationToken,
            ("id", item.Id),
            ("lease", item.Lease)) == 1;
    }

    /// <inheritdoc />
    public async ValueTask<bool> PostponeAsync(OutboxItem item, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return await database.WriteAsync(
            "UPDATE careerbot_outbox SET attempts = attempts + 1, due_at = @due, lease = NULL, lease_until = 0 WHERE id = @id AND lease = @lease",
            cancellationToken,
            ("due", dueAt.ToUnixTimeMilliseconds()),
            ("id", item.Id),
            ("lease", item.Lease)) == 1;
    }

    /// <inheritdoc />
    public async ValueTask<long> CountAsync(CancellationToken cancellationToken) =>
        await database.ReadAsync("SELECT COUNT(*) FROM careerbot_outbox", reader => reader.Read() ? reader.GetInt64(0) : 0, cancellationToken);
}
