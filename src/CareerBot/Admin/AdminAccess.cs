using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CareerBot.Admin;

/// <summary>Checks the operator key and the sign-in cookie. Comparisons take the same time whatever the input
/// (digests compared with <see cref="CryptographicOperations.FixedTimeEquals"/>). The cookie holds an expiry and an
/// HMAC of it under a key derived from <c>Admin:ApiKey</c>: it reveals nothing of the key, any instance sharing the
/// key accepts it, and changing the key signs everyone out.</summary>
public sealed class AdminAccess
{
    /// <summary>The sign-in cookie's name.</summary>
    public const string CookieName = "careerbot_admin";

    /// <summary>The <c>WWW-Authenticate</c> challenge of a 401.</summary>
    public const string Challenge = "Bearer realm=\"CareerBot operator page\"";

    private const string SessionVersion = "v1";
    private static readonly byte[] SessionKeyLabel = "CareerBot operator page session key"u8.ToArray();

    private readonly byte[] keyDigest;
    private readonly byte[] sessionKey;
    private readonly TimeSpan lifetime;
    private readonly TimeProvider time;

    /// <summary>Creates the checker from the <c>Admin</c> settings.</summary>
    public AdminAccess(IOptions<AdminOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        Enabled = settings.Enabled;
        var key = Encoding.UTF8.GetBytes(settings.ApiKey);
        keyDigest = SHA256.HashData(key);
        sessionKey = HMACSHA256.HashData(key, SessionKeyLabel);
        lifetime = settings.SessionLifetime > TimeSpan.Zero ? settings.SessionLifetime : TimeSpan.FromHours(8);
        this.time = time;
    }

    /// <summary>True when <c>Admin:ApiKey</c> is set.</summary>
    public bool Enabled { get; }

    /// <summary>True when <paramref name="candidate"/> is the key (always false while the page is disabled).</summary>
    public bool IsKey(string? candidate)
    {
        if (!Enabled || candidate is null)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), keyDigest);
    }

    /// <summary>A new sign-in, valid for <c>Admin:SessionLifetime</c>.</summary>
    public AdminSession IssueSession()
    {
        var expires = time.GetUtcNow().Add(lifetime);
        var seconds = expires.ToUnixTimeSeconds();
        return new AdminSession($"{SessionVersion}.{seconds.ToString(CultureInfo.InvariantCulture)}.{Mac(seconds)}", DateTimeOffset.FromUnixTimeSeconds(seconds));
    }

    /// <summary>True when <paramref name="value"/> is a sign-in this key issued and it has not expired.</summary>
    public bool IsSession(string? value)
    {
        if (!Enabled || string.IsNullOrEmpty(value) || value.Length > 128)
        {
            return false;
        }

        var parts = value.Split('.');
        if (parts.Length != 3 || parts[0] != SessionVersion
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds <= time.GetUtcNow().ToUnixTimeSeconds())
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(seconds)), Encoding.ASCII.GetBytes(parts[2]));
    }

    /// <summary>Who sent <paramref name="request"/>: a Bearer credential decides when there is one, else the cookie.</summary>
    public AdminCaller Identify(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        if (authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return IsKey(authorization[bearer.Length..].Trim()) ? AdminCaller.Operator : AdminCaller.WrongKey;
        }

        return IsSession(request.Cookies[CookieName]) ? AdminCaller.Operator : AdminCaller.Anonymous;
    }

    private string Mac(long seconds) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(sessionKey, Encoding.ASCII.GetBytes($"{SessionVersion}.{seconds.ToString(CultureInfo.InvariantCulture)}")));
}
