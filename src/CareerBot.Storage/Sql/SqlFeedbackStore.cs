using CareerBot.Conversation;

namespace CareerBot.Storage.Sql;

/// <summary>Ratings in the <c>careerbot_feedback</c> table, shared by every instance over the database: the last
/// <see cref="Capacity"/> of each reaction (each addition removes what is beyond). Comments are cleaned before they
/// get here (bounded, no control characters).</summary>
internal sealed class SqlFeedbackStore : IFeedbackStore
{
    /// <summary>How many ratings of each reaction are kept.</summary>
    public const int Capacity = 1000;

    private readonly SqlDatabase database;

    /// <summary>Creates the store.</summary>
    public SqlFeedbackStore(SqlDatabase database)
    {
        this.database = database;
    }

    /// <inheritdoc />
    public async ValueTask AddAsync(Feedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        var reaction = Name(feedback.Reaction);
        await database.WriteAsync(
            "INSERT INTO careerbot_feedback (given_at, conversation, channel, reaction, comment, handled_as, language) VALUES (@at, @conversation, @channel, @reaction, @comment, @handledAs, @language)",
            [
                new SqlStatement(
                    """
                    DELETE FROM careerbot_feedback WHERE reaction = @reaction AND id NOT IN (
                        SELECT id FROM careerbot_feedback WHERE reaction = @reaction ORDER BY given_at DESC, id DESC LIMIT @capacity)
                    """,
                    [("reaction", reaction), ("capacity", Capacity)]),
            ],
            cancellationToken,
            ("at", feedback.At.ToUnixTimeMilliseconds()),
            ("conversation", feedback.Conversation),
            ("channel", feedback.Channel),
            ("reaction", reaction),
            ("comment", string.IsNullOrEmpty(feedback.Comment) ? null : feedback.Comment),
            ("handledAs", feedback.HandledAs),
            ("language", feedback.Language));
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<Feedback>> RecentAsync(FeedbackReaction reaction, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (max == 0)
        {
            return [];
        }

        return await database.ReadAsync<IReadOnlyList<Feedback>>(
            "SELECT given_at, conversation, channel, comment, handled_as, language FROM careerbot_feedback WHERE reaction = @reaction ORDER BY given_at DESC, id DESC LIMIT @max",
            reader =>
            {
                var found = new List<Feedback>();
                while (reader.Read())
                {
                    found.Add(new Feedback(
                        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
                        reader.GetString(1),
                        reader.GetString(2),
                        reaction,
                        reader.IsDBNull(3) ? null : reader.GetString(3),
                        reader.GetString(4),
                        reader.GetString(5)));
                }

                return found;
            },
            cancellationToken,
            ("reaction", Name(reaction)),
            ("max", Math.Min(max, Capacity)));
    }

    private static string Name(FeedbackReaction reaction) => reaction == FeedbackReaction.Like ? "like" : "dislike";
}
