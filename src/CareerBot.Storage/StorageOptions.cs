namespace CareerBot.Storage;

/// <summary>The <c>Storage</c> settings.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Storage";

    /// <summary>The SQLite file used when no connection string is given, relative to the app's folder.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/careerbot.db";

    /// <summary>Where conversations are kept.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The provider's connection string: <c>Data Source=…</c> for SQLite (a relative path is under the app's
    /// folder; its folder is created), an Npgsql connection string for PostgreSQL. Empty: the SQLite default.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>How long a conversation nobody writes to is kept.</summary>
    public TimeSpan ConversationTtl { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often expired conversations are removed.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);
}
