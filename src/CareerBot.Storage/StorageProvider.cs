namespace CareerBot.Storage;

/// <summary>Where conversations are kept (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>In process memory: tests and throwaway runs; lost on restart, one instance only.</summary>
    Memory,

    /// <summary>A SQLite file: the default, nothing to install; survives restarts; one instance (one machine).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database: several instances share it.</summary>
    Postgres,
}
