using System.Security.Cryptography;
using System.Text;
using CareerBot.BotFramework.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>The key that signs Direct Line tokens: <see cref="DirectLineOptions.TokenSigningKey"/> when configured,
/// otherwise a random key generated on first start and kept in the shared store when there is one (so that every
/// instance signs alike), else in <see cref="DirectLineOptions.SigningKeyPath"/> (readable by the app's user only), so
/// tokens survive a restart.</summary>
public sealed class TokenSigningKey
{
    private const int MinimumLength = 32;

    /// <summary>Loads or creates the key.</summary>
    public TokenSigningKey(IOptions<DirectLineOptions> options, IHostEnvironment environment, ISharedSigningKeyStore? shared = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = options.Value.TokenSigningKey;
        if (!string.IsNullOrEmpty(configured))
        {
            if (configured.Length < MinimumLength)
            {
                throw new InvalidOperationException($"DirectLine:TokenSigningKey must be at least {MinimumLength} characters long.");
            }

            Key = Encoding.UTF8.GetBytes(configured);
            return;
        }

        if (shared is not null)
        {
            Key = shared.GetOrAdd(RandomNumberGenerator.GetBytes(64));
            return;
        }

        Path = System.IO.Path.GetFullPath(options.Value.SigningKeyPath, environment.ContentRootPath);
        Key = LoadOrCreate(Path);
    }

    /// <summary>The key bytes.</summary>
    public ReadOnlyMemory<byte> Key { get; }

    /// <summary>The file the key is kept in, or null when it comes from configuration or the shared store.</summary>
    public string? Path { get; }

    private static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            var kept = Convert.FromBase64String(File.ReadAllText(path).Trim());
            if (kept.Length >= MinimumLength)
            {
                return kept;
            }
        }

        PrivateDirectory.Create(System.IO.Path.GetDirectoryName(path)!);

        var key = RandomNumberGenerator.GetBytes(64);
        var temporary = path + ".tmp";
        var file = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, file))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Convert.ToBase64String(key));
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance created it first: use theirs.
            File.Delete(temporary);
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
    }
}
