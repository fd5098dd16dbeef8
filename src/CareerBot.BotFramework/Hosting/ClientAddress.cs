using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace CareerBot.BotFramework.Hosting;

/// <summary>Who a client is, for limits per client: its IP address (the one the forwarded headers of a trusted proxy
/// give, when there is one), an IPv6 address by its /64 prefix (a home or a server is given a whole /64: counting its
/// addresses one by one would give one client 2^64 budgets), an IPv4-mapped IPv6 address as IPv4.</summary>
public static class ClientAddress
{
    /// <summary>The key of the client of <paramref name="context"/>; "unknown" when there is no address (in-process tests).</summary>
    public static string Key(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Key(context.Connection.RemoteIpAddress);
    }

    /// <summary>The key of <paramref name="address"/>.</summary>
    public static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes).ToString() + "/64";
    }
}
