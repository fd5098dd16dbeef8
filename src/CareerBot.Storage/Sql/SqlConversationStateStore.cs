using System.Globalization;
using System.Text.Json;
using CareerBot.Conversation;
using CareerBot.Core.State;
using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.Sql;

/// <summary>Conversation state in a SQL table: one row per conversation, its state as JSON and a version number (the
/// ETag) that every write checks and increments, so that of two turns racing on one conversation (on one instance or
/// two) exactly one writes and the other is run again on fresh state. A turn's replies for the outbox are inserted in
/// the commit of its state (<see cref="SqlReplyOutbox"/>).</summary>
internal sealed class SqlConversationStateStore : IConversationStateStore
{
    private readonly SqlDatabase database;
    private readonly TimeProvider time;
    private readonly ILogger<SqlConversationStateStore> logger;

    /// <summary>Creates the store.</summary>
    public SqlConversationStateStore(SqlDatabase database, TimeProvider time, ILogger<SqlConversationStateStore> logger)
    {
        this.database = database;
        this.time = time;
        this.logger = logger;
    }

    /// <inheritdoc />
    public async ValueTask<StoredState> LoadAsync(string conversationId, CancellationToken cancellationToken) =>
        await database.ReadAsync(
            "SELECT state, version FROM careerbot_conversation_state WHERE id = @id",
            reader => reader.Read()
                ? new StoredState(Deserialize(conversationId, reader.GetString(0)), reader.GetInt64(1).ToString(CultureInfo.InvariantCulture))
                : new StoredState(ConversationState.Empty, null),
            cancellationToken,
            ("id", conversationId));

    /// <inheritdoc />
    public ValueTask<bool> TrySaveAsync(string conversationId, ConversationState state, string? expectedETag, CancellationToken cancellationToken) =>
        TrySaveAsync(conversationId, state, expectedETag, [], cancellationToken);

    /// <inheritdoc />
    public async ValueTask<bool> TrySaveAsync(string conversationId, ConversationState state, string? expectedETag, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(outbox);
        var json = JsonSerializer.Serialize(state, StateJsonContext.Default.ConversationState);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();

        // The replies are inserted only when the state's write wins, in the same commit.
        IReadOnlyList<SqlStatement> then = outbox.Count == 0 ? [] : SqlReplyOutbox.Inserts(conversationId, outbox, now);
        if (expectedETag is null)
        {
            return await database.WriteAsync(
                "INSERT INTO careerbot_conversation_state (id, state, version, written_at) VALUES (@id, @state, 1, @now) ON CONFLICT (id) DO NOTHING",
                then,
                cancellationToken,
                ("id", conversationId),
                ("state", json),
                ("now", now)) == 1;
        }

        if (!long.TryParse(expectedETag, NumberStyles.None, CultureInfo.InvariantCulture, out var expected))
        {
            return false;
        }

        return await database.WriteAsync(
            "UPDATE careerbot_conversation_state SET state = @state, version = version + 1, written_at = @now WHERE id = @id AND version = @expected",
            then,
            cancellationToken,
            ("id", conversationId),
            ("state", json),
            ("now", now),
            ("expected", expected)) == 1;
    }

    /// <inheritdoc />
    public async ValueTask DeleteAsync(string conversationId, CancellationToken cancellationToken) =>
        await database.WriteAsync("DELETE FROM careerbot_conversation_state WHERE id = @id", cancellationToken, ("id", conversationId));

    /// <inheritdoc />
    public async ValueTask<int> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken) =>
        await database.WriteAsync(
            "DELETE FROM careerbot_conversation_state WHERE written_at < @cutoff",
            cancellationToken,
            ("cutoff", idleSince.ToUnixTimeMilliseconds()));

    private ConversationState Deserialize(string conversationId, string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, StateJsonContext.Default.ConversationState) ?? ConversationState.Empty;
        }
        catch (JsonException exception)
        {
            // Written by another version, or damaged: start the conversation afresh; the next write replaces it.
            logger.LogWarning(exception, "Storage: the state of conversation {Conversation} is unreadable; starting it afresh", Pseudonym.Of(conversationId));
            return ConversationState.Empty;
        }
    }
}
