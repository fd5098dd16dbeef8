namespace CareerBot.BotFramework.Hosting;

/// <summary>Creates the folders that hold what users wrote or what signs tokens (the database, transcripts, the signing
/// key) readable by the service account only: every folder created on the way is 0700. Folders that already exist are
/// left as they are: they may be shared (/tmp, /var/lib).</summary>
public static class PrivateDirectory
{
    /// <summary>Owner-only: read, write, search.</summary>
    public const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates <paramref name="path"/> and the folders above it that are missing, each 0700.</summary>
    public static void Create(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        var missing = new Stack<string>();
        for (var folder = Path.GetFullPath(path); !Directory.Exists(folder); folder = Path.GetDirectoryName(folder)!)
        {
            missing.Push(folder);
            if (Path.GetDirectoryName(folder) is null)
            {
                break;
            }
        }

        while (missing.TryPop(out var folder))
        {
            Directory.CreateDirectory(folder, Mode);
        }
    }
}
