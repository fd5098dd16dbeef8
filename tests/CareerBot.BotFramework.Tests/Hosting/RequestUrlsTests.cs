using CareerBot.BotFramework.Hosting;
using Microsoft.AspNetCore.Http;

namespace CareerBot.BotFramework.Tests.Hosting;

/// <summary>The app's own URL from the request's Host header: a header that makes no URL gives none (a 400), never an
/// exception (a 500).</summary>
public sealed class RequestUrlsTests
{
    [Theory]
    [InlineData("localhost:3978", "http://localhost:3978/v3/directline")]
    [InlineData("careers.example.com", "http://careers.example.com/v3/directline")]
    [InlineData("[::1]:5000", "http://[::1]:5000/v3/directline")]
    public void A_usual_host_makes_the_url(string host, string expected)
    {
        Assert.Equal(expected, RequestUrls.Own(Request(host), "/v3/directline")?.AbsoluteUri);
    }

    [Theory]
    [InlineData("exa mple")]
    [InlineData("example.com:99999")]
    [InlineData("[::1")]
    [InlineData("user@example.com")]
    [InlineData("example.com/path")]
    [InlineData("x:y:z")]
    [InlineData("")]
    public void An_odd_host_makes_none(string host)
    {
        Assert.Null(RequestUrls.Own(Request(host), "/v3/directline"));
    }

    private static HttpRequest Request(string host)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString(host);
        return context.Request;
    }
}
