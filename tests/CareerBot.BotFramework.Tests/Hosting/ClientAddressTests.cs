using System.Net;
using CareerBot.BotFramework.Hosting;

namespace CareerBot.BotFramework.Tests.Hosting;

/// <summary>A client for limits per client: its IPv4 address, or its IPv6 /64 (which one home or server holds whole).</summary>
public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("::1", "::/64")]
    public void An_address_is_keyed_by_its_client(string address, string key)
    {
        Assert.Equal(key, ClientAddress.Key(IPAddress.Parse(address)));
    }

    [Fact]
    public void No_address_is_unknown()
    {
        Assert.Equal("unknown", ClientAddress.Key((IPAddress?)null));
    }
}
