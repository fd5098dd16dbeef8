using CareerBot.BotFramework.Connector;

namespace CareerBot.BotFramework.Tests;

public sealed class ConnectorUrlsTests
{
    [Theory]
    [InlineData("http://localhost:56150/_connector", "c1", "a1", "http://localhost:56150/_connector/v3/conversations/c1/activities/a1")]
    [InlineData("http://localhost:56150/_connector/", "c1", "a1", "http://localhost:56150/_connector/v3/conversations/c1/activities/a1")]
    [InlineData("https://smba.trafficmanager.net/emea/", "a:1@b", null, "https://smba.trafficmanager.net/emea/v3/conversations/a%3A1%40b/activities")]
    [InlineData("https://smba.trafficmanager.net/emea", "19:x@thread.skype;messageid=17", "17/../x", "https://smba.trafficmanager.net/emea/v3/conversations/19%3Ax%40thread.skype%3Bmessageid%3D17/activities/17%2F..%2Fx")]
    public void Joins_keeping_the_path_prefix_and_escaping_ids(string serviceUrl, string conversation, string? replyTo, string expected)
    {
        Assert.Equal(expected, ConnectorUrls.Activities(new Uri(serviceUrl), conversation, replyTo).AbsoluteUri);
    }
}
