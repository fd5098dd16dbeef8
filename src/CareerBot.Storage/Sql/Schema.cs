namespace CareerBot.Storage.Sql;

/// <summary>CareerBot's tables, as numbered migrations. A database records the versions applied in
/// <c>careerbot_schema_version</c>; at start-up each instance applies the missing ones, in order, in one transaction
/// under the dialect's migration lock. Never edit a released migration: add the next one.</summary>
internal static class Schema
{
    /// <summary>Creates the table of applied versions.</summary>
    public const string VersionTable =
        "CREATE TABLE IF NOT EXISTS careerbot_schema_version (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)";

    /// <summary>Stands, in a migration, for the definition of an id the database numbers itself
    /// (<see cref="SqlDialect.IdentityColumn"/>): the one thing the two dialects write differently.</summary>
    public const string Identity = "{identity}";

    /// <summary>The migrations, by version. Times are Unix milliseconds (BIGINT), documents JSON (TEXT).</summary>
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, "conversation state, Direct Line conversations and activities, settings",
        [
            """
            CREATE TABLE careerbot_conversation_state (
                id TEXT PRIMARY KEY,
                state TEXT NOT NULL,
                version BIGINT NOT NULL,
                written_at BIGINT NOT NULL)
            """,
            "CREATE INDEX careerbot_conversation_state_written_at ON careerbot_conversation_state (written_at)",
            """
            CREATE TABLE careerbot_directline_conversation (
                id TEXT PRIMARY KEY,
                user_id TEXT NOT NULL,
                locale TEXT NULL,
                started_at BIGINT NOT NULL,
                next_position BIGINT NOT NULL,
                last_activity BIGINT NOT NULL)
            """,
            "CREATE INDEX careerbot_directline_conversation_last_activity ON careerbot_directline_conversation (last_activity)",
            """
            CREATE TABLE careerbot_directline_activity (
                conversation_id TEXT NOT NULL,
                position BIGINT NOT NULL,
                activity TEXT NOT NULL,
                PRIMARY KEY (conversation_id, position))
            """,
            "CREATE TABLE careerbot_setting (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
        ]),
        new(2, "reply outbox",
        [
            // A reply waits here from its turn's commit until it is delivered or given up. A deliverer holds it by a
            // lease (lease, lease_until); a failed attempt makes it due again later (due_at).
            """
            CREATE TABLE careerbot_outbox (
                id {identity},
                conversation_id TEXT NOT NULL,
                payload TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                due_at BIGINT NOT NULL,
                attempts BIGINT NOT NULL,
                lease TEXT NULL,
                lease_until BIGINT NOT NULL)
            """,
            "CREATE INDEX careerbot_outbox_conversation ON careerbot_outbox (conversation_id, id)",
            "CREATE INDEX careerbot_outbox_due ON careerbot_outbox (due_at)",
        ]),
        new(3, "answers that can be rated, and ratings",
        [
            // Which answer a delivered activity was (the key hashes its conversation and activity ids), kept for
            // Feedback:AnswerRetention so that a rating naming the activity says what was rated.
            """
            CREATE TABLE careerbot_answer (
                answer_key TEXT PRIMARY KEY,
                handled_as TEXT NOT NULL,
                language TEXT NOT NULL,
                recorded_at BIGINT NOT NULL)
            """,
            "CREATE INDEX careerbot_answer_recorded_at ON careerbot_answer (recorded_at)",

            // Ratings for the operators: the conversation's pseudonym, never the person's id nor their question.
            """
            CREATE TABLE careerbot_feedback (
                id {identity},
                given_at BIGINT NOT NULL,
                conversation TEXT NOT NULL,
                channel TEXT NOT NULL,
                reaction TEXT NOT NULL,
                comment TEXT NULL,
                handled_as TEXT NOT NULL,
                language TEXT NOT NULL)
            """,
            "CREATE INDEX careerbot_feedback_reaction ON careerbot_feedback (reaction, given_at)",
        ]),
    ];

    /// <summary>The version a fully migrated database is at.</summary>
    public static long Latest => Migrations[^1].Version;
}

/// <summary>One schema change.</summary>
/// <param name="Version">Its number, from 1, without gaps.</param>
/// <param name="Description">What it does.</param>
/// <param name="Statements">Its statements, run in order.</param>
internal sealed record Migration(long Version, string Description, IReadOnlyList<string> Statements);
