using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using CareerBot.BotFramework.DirectLine;
using CareerBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.Sql;

/// <summary>Direct Line conversations and their activities in SQL tables, so that every instance sharing the database
/// serves every conversation: a conversation row holds the next position (the watermark counter), each activity is a
/// row keyed by conversation and position. Appending takes the conversation's row lock, so positions never repeat;
/// it also drops the oldest activities beyond the count and byte budgets.</summary>
internal sealed class SqlDirectLineConversationStore : IDirectLineConversationStore
{
    // Any constant shared by every CareerBot instance: "CBDLconv" in ASCII.
    private const long ConversationStartLockKey = 0x4342444C636F6E76;

    private readonly SqlDatabase database;
    private readonly TimeProvider time;
    private readonly int maxHistory;
    private readonly int maxHistoryBytes;
    private readonly int maxConversations;

    /// <summary>Creates the store.</summary>
    public SqlDirectLineConversationStore(SqlDatabase database, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.database = database;
        this.time = time;
        maxHistory = Math.Max(1, options.Value.MaxHistory);
        maxHistoryBytes = Math.Max(1, options.Value.MaxHistoryBytes);
        maxConversations = Math.Max(1, options.Value.MaxConversations);
    }

    /// <inheritdoc />
    public Task<bool> CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);

        // Counted and created in one transaction that starts conversations one at a time (SQLite's write lock, an
        // advisory lock on PostgreSQL), so that concurrent starts cannot pass the limit together.
        return database.InTransactionAsync(
            async (connection, transaction, token) =>
            {
                await database.Dialect.SerializeAsync(connection, transaction, ConversationStartLockKey, token);
                if (await Sql.ScalarAsync<long?>(connection, transaction, "SELECT 1 FROM careerbot_directline_conversation WHERE id = @id", token, ("id", conversation.Id)) is not null)
                {
                    return false;
                }

                if (await Sql.ScalarAsync<long>(connection, transaction, "SELECT COUNT(*) FROM careerbot_directline_conversation", token) >= maxConversations)
                {
                    throw new ConversationLimitException();
                }

                return await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    """
                    INSERT INTO careerbot_directline_conversation (id, user_id, locale, started_at, next_position, last_activity)
                    VALUES (@id, @user, @locale, @started, 0, @now) ON CONFLICT (id) DO NOTHING
                    """,
                    token,
                    ("id", conversation.Id),
                    ("user", conversation.UserId),
                    ("locale", conversation.Locale),
                    ("started", conversation.StartedAt.ToUnixTimeMilliseconds()),
                    ("now", time.GetUtcNow().ToUnixTimeMilliseconds())) == 1;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, null, "SELECT user_id, locale, started_at FROM careerbot_directline_conversation WHERE id = @id", ("id", conversationId));
                await using var reader = await command.ExecuteReaderAsync(token);
                return await reader.ReadAsync(token)
                    ? new DirectLineConversation(
                        conversationId,
                        reader.GetString(0),
                        reader.IsDBNull(1) ? null : reader.GetString(1),
                        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)))
                    : null;
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<Activity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return database.InTransactionAsync<Activity?>(
            async (connection, transaction, token) =>
            {
                var next = await Sql.ScalarAsync<long?>(
                    connection,
                    transaction,
                    "UPDATE careerbot_directline_conversation SET next_position = next_position + 1, last_activity = @now WHERE id = @id RETURNING next_position",
                    token,
                    ("id", conversationId),
                    ("now", time.GetUtcNow().ToUnixTimeMilliseconds()));
                if (next is not { } after)
                {
                    return null;
                }

                var position = after - 1;
                var stored = activity with { Id = string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{position:D7}") };
                await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    "INSERT INTO careerbot_directline_activity (conversation_id, position, activity) VALUES (@id, @position, @activity)",
                    token,
                    ("id", conversationId),
                    ("position", position),
                    ("activity", JsonSerializer.Serialize(stored, BotJsonContext.Default.Activity)));
                // The oldest beyond the byte budget go too, the newest always stays. (Activities are stored as JSON
                // with every non-ASCII character escaped: their length in characters is their size in bytes.)
                await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    """
                    DELETE FROM careerbot_directline_activity
                    WHERE conversation_id = @id AND position < @position AND position IN (
                        SELECT position FROM (
                            SELECT position, SUM(LENGTH(activity)) OVER (ORDER BY position DESC) AS newer
                            FROM careerbot_directline_activity WHERE conversation_id = @id) sizes
                        WHERE newer > @max)
                    """,
                    token,
                    ("id", conversationId),
                    ("position", position),
                    ("max", (long)maxHistoryBytes));
                if (position >= maxHistory)
                {
                    await Sql.ExecuteAsync(
                        connection,
                        transaction,
                        "DELETE FROM careerbot_directline_activity WHERE conversation_id = @id AND position <= @oldest",
                        token,
                        ("id", conversationId),
                        ("oldest", position - maxHistory));
                }

                await database.Dialect.NotifyAppendedAsync(connection, transaction, conversationId, token);
                return stored;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ActivitySet?> ReadAsync(string conversationId, long? watermark, CancellationToken cancellationToken) =>
        database.RunAsync(
            async (connection, token) =>
            {
                if (await Sql.ScalarAsync<long?>(connection, null, "SELECT next_position FROM careerbot_directline_conversation WHERE id = @id", token, ("id", conversationId)) is not { } next)
                {
                    return null;
                }

                // Only up to the position read above: an activity appended meanwhile comes with the next read, after the
                // watermark this one returns, never twice.
                var after = watermark ?? -1;
                var activities = await ActivitiesAsync(connection, conversationId, after, next, token);
                var last = next - 1;
                var mark = last >= 0 ? Math.Max(after, last) : watermark;
                return new ActivitySet(activities, mark?.ToString(CultureInfo.InvariantCulture));
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<long> CountAsync(CancellationToken cancellationToken) =>
        database.RunAsync((connection, token) => Sql.ScalarAsync<long>(connection, null, "SELECT COUNT(*) FROM careerbot_directline_conversation", token), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken) =>
        database.InTransactionAsync<IReadOnlyList<string>>(
            async (connection, transaction, token) =>
            {
                var removed = new List<string>();
                await using (var command = Sql.Command(
                    connection,
                    transaction,
                    "DELETE FROM careerbot_directline_conversation WHERE last_activity < @cutoff RETURNING id",
                    ("cutoff", idleSince.ToUnixTimeMilliseconds())))
                await using (var reader = await command.ExecuteReaderAsync(token))
                {
                    while (await reader.ReadAsync(token))
                    {
                        removed.Add(reader.GetString(0));
                    }
                }

                // The conversations first, then the activities of any conversation that no longer exists: an append racing
                // with the sweep either finds its conversation gone or keeps it alive, never loses older activities.
                if (removed.Count > 0)
                {
                    await Sql.ExecuteAsync(
                        connection,
                        transaction,
                        """
                        DELETE FROM careerbot_directline_activity
                        WHERE NOT EXISTS (SELECT 1 FROM careerbot_directline_conversation c WHERE c.id = careerbot_directline_activity.conversation_id)
                        """,
                        token);
                }

                return removed;
            },
            cancellationToken);

    private static async Task<List<Activity>> ActivitiesAsync(DbConnection connection, string conversationId, long after, long next, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(
            connection,
            null,
            "SELECT activity FROM careerbot_directline_activity WHERE conversation_id = @id AND position > @after AND position < @next ORDER BY position",
            ("id", conversationId),
            ("after", after),
            ("next", next));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var activities = new List<Activity>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (JsonSerializer.Deserialize(reader.GetString(0), BotJsonContext.Default.Activity) is { } activity)
            {
                activities.Add(activity);
            }
        }

        return activities;
    }
}
