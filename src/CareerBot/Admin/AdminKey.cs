using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CareerBot.Admin;

/// <summary>The operator key (<c>Admin:ApiKey</c>), kept as its SHA-256 digest: a candidate is hashed and the digests
/// compared with <see cref="CryptographicOperations.FixedTimeEquals"/>, so the time taken says nothing of the key.</summary>
public sealed class AdminKey
{
    private readonly byte[]? digest;

    /// <summary>Reads the key from the <c>Admin</c> settings.</summary>
    public AdminKey(IOptions<AdminOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var key = options.Value.ApiKey;
        digest = string.IsNullOrEmpty(key) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(key));
    }

    /// <summary>True when <paramref name="candidate"/> is the key (always false while no key is set).</summary>
    public bool Matches(string? candidate) =>
        digest is not null && candidate is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), digest);
}
