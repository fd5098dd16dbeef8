using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CareerBot.Admin;

/// <summary>Checks the operator key and the sign-in cookie. Comparisons take the same time whatever the input
/// (digests compared with <see cref="CryptographicOperations.FixedTimeEquals"/>). The cookie holds a random session id,
/// an expiry and an HMAC of both under a key derived from <c>Admin:ApiKey</c>: it reveals nothing of the key, and
/// changing the key signs everyone out. The session is also kept here, in memory, until it expires or its operator
/// signs out (<see cref="EndSession"/>): a cookie kept after sign-out is refused. So a sign-in holds on the instance
/// that issued it, until a restart.</summary>
public sealed class AdminAccess
{
    /// <summary>The sign-in cookie's name.</summary>
    public const string CookieName = "careerbot_admin";

    /// <summary>The <c>WWW-Authenticate</c> challenge of a 401.</summary>
    public const string Challenge = "Bearer realm=\"CareerBot operator page\"";

    private const string SessionVersion = "v2";

    // Sessions kept at most; past it the expired ones go, then the oldest.
    private const int MaxSessions = 1000;
    private static readonly byte[] SessionKeyLabel = "CareerBot operator page session key"u8.ToArray();

    private readonly byte[] keyDigest;
    private readonly byte[] sessionKey;
    private readonly TimeSpan lifetime;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<string, long> sessions = new(StringComparer.Ordinal);

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

    /// <summary>A new sign-in, valid for <c>Admin:SessionLifetime</c> or until <see cref="EndSession"/>.</summary>
    public AdminSession IssueSession()
    {
        var expires = time.GetUtcNow().Add(lifetime);
        var seconds = expires.ToUnixTimeSeconds();
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
        Forget(time.GetUtcNow().ToUnixTimeSeconds());
        sessions[id] = seconds;
        return new AdminSession($"{SessionVersion}.{seconds.ToString(CultureInfo.InvariantCulture)}.{id}.{Mac(seconds, id)}", DateTimeOffset.FromUnixTimeSeconds(seconds));
    }

    /// <summary>True when <paramref name="value"/> is a sign-in this key issued, not expired and not signed out.</summary>
    public bool IsSession(string? value) => SessionId(value) is { } id && sessions.ContainsKey(id);

    /// <summary>Ends the sign-in <paramref name="value"/>: its cookie is refused from now on.</summary>
    public void EndSession(string? value)
    {
        if (SessionId(value) is { } id)
        {
            sessions.TryRemove(id, out _);
        }
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

    // The session id of a well-formed cookie this key signed, not expired; null otherwise.
    private string? SessionId(string? value)
    {
        if (!Enabled || string.IsNullOrEmpty(value) || value.Length > 160)
        {
            return null;
        }

        var parts = value.Split('.');
        if (parts.Length != 4 || parts[0] != SessionVersion
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds <= time.GetUtcNow().ToUnixTimeSeconds())
        {
            return null;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(seconds, parts[2])), Encoding.ASCII.GetBytes(parts[3])) ? parts[2] : null;
    }

    // Drops the expired sessions when there are many, then the oldest while there are too many.
    private void Forget(long now)
    {
        if (sessions.Count < MaxSessions)
        {
            return;
        }

        foreach (var (id, expires) in sessions)
        {
            if (expires <= now)
            {
                sessions.TryRemove(id, out _);
            }
        }

        foreach (var (id, _) in sessions.OrderBy(session => session.Value).Take(Math.Max(0, sessions.Count - MaxSessions + 1)))
        {
            sessions.TryRemove(id, out _);
        }
    }

    private string Mac(long seconds, string id) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(sessionKey, Encoding.ASCII.GetBytes($"{SessionVersion}.{seconds.ToString(CultureInfo.InvariantCulture)}.{id}")));
}
