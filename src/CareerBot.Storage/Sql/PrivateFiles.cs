using CareerBot.BotFramework.Hosting;

namespace CareerBot.Storage.Sql;

/// <summary>Keeps a SQLite database readable by the service account only: the folders CareerBot creates for it are
/// 0700, the file 0600 (created empty before SQLite opens it, so that it never exists with the umask's mode), and
/// SQLite gives its write-ahead log and shared-memory files the database file's mode. Files already there are made
/// 0600 too; folders that already exist are left as they are (they may be shared, such as /tmp).</summary>
internal static class PrivateFiles
{
    private const UnixFileMode PrivateFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folders of <paramref name="database"/> (0700) and the file (0600) when missing, and makes the
    /// file and its <c>-wal</c> and <c>-shm</c> companions 0600.</summary>
    public static void Prepare(string database)
    {
        var folder = Path.GetDirectoryName(database)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        PrivateDirectory.Create(folder);
        if (!File.Exists(database))
        {
            try
            {
                using var created = new FileStream(database, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = PrivateFileMode });
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Another instance created it first; or it cannot be (a folder under that name, no right), which
                // SQLite's open reports as an outage.
            }
        }

        foreach (var path in new[] { database, database + "-wal", database + "-shm" })
        {
            try
            {
                if (File.Exists(path) && (File.GetUnixFileMode(path) & ~PrivateFileMode) != 0)
                {
                    File.SetUnixFileMode(path, PrivateFileMode);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Owned by another account: left as it is.
            }
        }
    }
}
