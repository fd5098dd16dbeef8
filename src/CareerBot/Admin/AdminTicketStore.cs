using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CareerBot.Admin;

/// <summary>The operator page's sign-ins, kept in this instance's memory (the cookie authentication's
/// <see cref="ITicketStore"/>): the cookie carries only a random session id, protected by ASP.NET Core's data
/// protection. Signing out removes the session here, so a copy of the cookie kept from before is refused; a restart
/// ends every session. Bounded: past <see cref="MaxSessions"/>, the expired sessions go, then the oldest.</summary>
public sealed class AdminTicketStore(TimeProvider time) : ITicketStore
{
    /// <summary>How many sessions are kept at most.</summary>
    public const int MaxSessions = 1000;

    private readonly ConcurrentDictionary<string, AuthenticationTicket> sessions = new(StringComparer.Ordinal);

    /// <summary>How many sessions are kept now.</summary>
    public int Count => sessions.Count;

    /// <inheritdoc />
    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        Forget();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        sessions[id] = ticket;
        return Task.FromResult(id);
    }

    /// <inheritdoc />
    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (sessions.ContainsKey(key))
        {
            sessions[key] = ticket;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        if (!sessions.TryGetValue(key, out var ticket))
        {
            return Task.FromResult<AuthenticationTicket?>(null);
        }

        if (Expired(ticket, time.GetUtcNow()))
        {
            sessions.TryRemove(key, out _);
            return Task.FromResult<AuthenticationTicket?>(null);
        }

        return Task.FromResult<AuthenticationTicket?>(ticket);
    }

    /// <inheritdoc />
    public Task RemoveAsync(string key)
    {
        sessions.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    private static bool Expired(AuthenticationTicket ticket, DateTimeOffset now) => ticket.Properties.ExpiresUtc is { } expires && expires <= now;

    // Drops the expired sessions when there are many, then the oldest while there are too many.
    private void Forget()
    {
        if (sessions.Count < MaxSessions)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var (id, ticket) in sessions)
        {
            if (Expired(ticket, now))
            {
                sessions.TryRemove(id, out _);
            }
        }

        foreach (var (id, _) in sessions.OrderBy(s => s.Value.Properties.IssuedUtc ?? DateTimeOffset.MinValue).Take(Math.Max(0, sessions.Count - MaxSessions + 1)))
        {
            sessions.TryRemove(id, out _);
        }
    }
}
