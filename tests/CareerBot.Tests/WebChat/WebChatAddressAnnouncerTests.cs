using CareerBot.WebChat;

namespace CareerBot.Tests.WebChat;

/// <summary>The address CareerBot tells to open, for each it may listen on.</summary>
public sealed class WebChatAddressAnnouncerTests
{
    [Theory]
    [InlineData("http://localhost:3978", "http://localhost:3978")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000")]
    [InlineData("http://0.0.0.0:3978", "http://localhost:3978")]
    [InlineData("http://[::]:3978", "http://localhost:3978")]
    [InlineData("http://+:8080", "http://localhost:8080")]
    [InlineData("https://*:443", "https://localhost")]
    [InlineData("https://careers.example.com", "https://careers.example.com")]
    [InlineData("not an address", "not an address")]
    public void An_address_on_every_interface_is_opened_as_localhost(string listening, string expected)
    {
        Assert.Equal(expected, WebChatAddressAnnouncer.ToOpen(listening));
    }
}
