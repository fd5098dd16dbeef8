using CareerBot.BotFramework.Ratings;

namespace CareerBot.Storage.Sql;

/// <summary>The ledger of rated answers in the <c>careerbot_answer</c> table, shared by every instance over the
/// database; kept for <c>Feedback:AnswerRetention</c> (the sweep removes older rows).</summary>
internal sealed class SqlAnswerLedger : IAnswerLedger
{
    private readonly SqlDatabase database;
    private readonly TimeProvider time;

    /// <summary>Creates the ledger.</summary>
    public SqlAnswerLedger(SqlDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
    }

    /// <inheritdoc />
    public async ValueTask RecordAsync(string conversationId, string activityId, AnswerLabel label, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(label);
        await database.WriteAsync(
            "INSERT INTO careerbot_answer (answer_key, handled_as, language, recorded_at) VALUES (@key, @handledAs, @language, @now) ON CONFLICT (answer_key) DO NOTHING",
            cancellationToken,
            ("key", AnswerKey.Of(conversationId, activityId)),
            ("handledAs", label.HandledAs),
            ("language", label.Language),
            ("now", time.GetUtcNow().ToUnixTimeMilliseconds()));
    }

    /// <inheritdoc />
    public async ValueTask<AnswerLabel?> FindAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        await database.ReadAsync(
            "SELECT handled_as, language FROM careerbot_answer WHERE answer_key = @key",
            reader => reader.Read() ? AnswerLabel.Of(reader.GetString(0), reader.GetString(1)) : null,
            cancellationToken,
            ("key", AnswerKey.Of(conversationId, activityId)));

    /// <inheritdoc />
    public async ValueTask<int> RemoveOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        await database.WriteAsync(
            "DELETE FROM careerbot_answer WHERE recorded_at < @before",
            cancellationToken,
            ("before", before.ToUnixTimeMilliseconds()));
}
