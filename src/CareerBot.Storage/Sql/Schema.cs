namespace CareerBot.Storage.Sql;

/// <summary>CareerBot's tables, as numbered migrations. A database records the versions applied in
/// <c>careerbot_schema_version</c>; at start-up each instance applies the missing ones, in order, in one transaction
/// under the dialect's migration lock. Never edit a released migration: add the next one.</summary>
internal static class Schema
{
    /// <summary>Creates the table of applied versions.</summary>
    public const string VersionTable =
        "CREATE TABLE IF NOT EXISTS careerbot_schema_version (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)";

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
    ];

    /// <summary>The version a fully migrated database is at.</summary>
    public static long Latest => Migrations[^1].Version;
}

/// <summary>One schema change.</summary>
/// <param name="Version">Its number, from 1, without gaps.</param>
/// <param name="Description">What it does.</param>
/// <param name="Statements">Its statements, run in order.</param>
internal sealed record Migration(long Version, string Description, IReadOnlyList<string> Statements);
