using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CareerBot.Tests.DirectLine;
using static CareerBot.Tests.DirectLine.DirectLineClient;

namespace CareerBot.Tests.WebChat;

/// <summary><c>POST /api/webchat/token</c>: a token for a new conversation and a resume cookie; with the cookie, the same
/// conversation again while it is kept (the page reconnects and sees its history), unless the page asks to restart.</summary>
public sealed class WebChatSessionsTests : IClassFixture<DirectLineFactory>
{
    private readonly DirectLineFactory factory;

    public WebChatSessionsTests(DirectLineFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task The_first_token_is_for_a_new_conversation_with_a_resume_cookie_only_the_server_reads()
    {
        using var client = factory.CreateClient();
        using var response = await PostAsync(client, "{\"locale\":\"fr-FR\"}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var session = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(session.GetProperty("resume").GetBoolean());
        Assert.True(session.GetProperty("renewable").GetBoolean());
        Assert.Equal("http://localhost/v3/directline", session.GetProperty("domain").GetString());
        Assert.StartsWith("dl_", session.GetProperty("userId").GetString(), StringComparison.Ordinal);
        Assert.Equal(session.GetProperty("userId").GetString(), Claims(session.GetProperty("token").GetString()!).GetProperty("user").GetString());
        Assert.DoesNotContain(DirectLineFactory.Secret, session.GetRawText(), StringComparison.Ordinal);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("careerbot-webchat=", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/api/webchat", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("max-age=3600", cookie, StringComparison.Ordinal);

        var (conversationId, token) = await StartAsync(client, session);
        var welcome = Assert.Single((await GetAsync(client, conversationId, token)).Activities);
        Assert.Contains("je suis **CareerBot**", welcome.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_cookie_the_page_gets_the_same_conversation_again_and_its_token_reconnects_to_it()
    {
        using var client = factory.CreateClient();
        var first = await SessionAsync(client);
        var (conversationId, token) = await StartAsync(client, first);
        using var posted = await SendAsync(client, HttpMethod.Post, $"/conversations/{conversationId}/activities", token, Message("I have 7 years of experience, what salary?", fromId: first.GetProperty("userId").GetString()!));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        var again = await SessionAsync(client);

        Assert.True(again.GetProperty("resume").GetBoolean());
        Assert.Equal(conversationId, again.GetProperty("conversationId").GetString());
        Assert.Equal(first.GetProperty("userId").GetString(), again.GetProperty("userId").GetString());
        using var reconnected = await SendAsync(client, HttpMethod.Get, $"/conversations/{conversationId}", again.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.OK, reconnected.StatusCode);
        var history = (await GetAsync(client, conversationId, again.GetProperty("token").GetString()!)).Activities;
        Assert.Contains(history, a => a.GetProperty("text").GetString()?.Contains("€59,000–€73,000", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Restart_gives_a_new_conversation_and_the_cookie_then_names_it()
    {
        using var client = factory.CreateClient();
        var first = await SessionAsync(client);
        await StartAsync(client, first);

        var restarted = await SessionAsync(client, "{\"restart\":true}");
        Assert.False(restarted.GetProperty("resume").GetBoolean());
        Assert.NotEqual(first.GetProperty("conversationId").GetString(), restarted.GetProperty("conversationId").GetString());
        await StartAsync(client, restarted);

        var after = await SessionAsync(client);
        Assert.Equal(restarted.GetProperty("conversationId").GetString(), after.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task A_conversation_never_started_is_not_resumed()
    {
        using var client = factory.CreateClient();
        var first = await SessionAsync(client);

        var again = await SessionAsync(client);

        Assert.False(again.GetProperty("resume").GetBoolean());
        Assert.NotEqual(first.GetProperty("conversationId").GetString(), again.GetProperty("conversationId").GetString());
    }

    [Theory]
    [InlineData("not-a-ticket")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjb252IjoiYSIsInN1YiI6ImRsX2EifQ.c2lnbmF0dXJl")]
    [InlineData("")]
    public async Task A_forged_or_malformed_cookie_gets_a_new_conversation(string ticket)
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
        request.Headers.Add("Cookie", "careerbot-webchat=" + ticket);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resume").GetBoolean());
    }

    [Fact]
    public async Task A_direct_line_token_is_no_resume_cookie()
    {
        using var client = factory.CreateClient();
        var first = await SessionAsync(client);
        var (_, token) = await StartAsync(client, first);
        using var noCookies = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
        request.Headers.Add("Cookie", "careerbot-webchat=" + token);

        using var response = await noCookies.SendAsync(request);

        Assert.False((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resume").GetBoolean());
    }

    [Fact]
    public async Task After_the_conversations_idle_time_the_cookie_no_longer_resumes_it()
    {
        await using var own = new DirectLineFactory();
        using var client = own.CreateClient();
        var first = await SessionAsync(client);
        await StartAsync(client, first);

        own.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var later = await SessionAsync(client);

        Assert.False(later.GetProperty("resume").GetBoolean());
        Assert.NotEqual(first.GetProperty("conversationId").GetString(), later.GetProperty("conversationId").GetString());
    }

    [Theory]
    [InlineData("{locale", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("[1,2]", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"restart\":\"yes\"}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"locale\":\"fr-FR\"}", "text/plain", HttpStatusCode.OK)]
    [InlineData("", "application/json", HttpStatusCode.OK)]
    public async Task A_body_that_is_not_the_expected_json_is_400_and_one_that_is_not_json_is_ignored(string body, string contentType, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/api/webchat/token", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            await AssertErrorAsync(response, HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task A_huge_body_is_not_read()
    {
        using var client = factory.CreateClient();
        using var response = await PostAsync(client, "{\"locale\":\"" + new string('x', 100_000) + "\"}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string? body) =>
        client.PostAsync("/api/webchat/token", body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"));

    private static async Task<JsonElement> SessionAsync(HttpClient client, string? body = null)
    {
        using var response = await PostAsync(client, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    // Starts the session's conversation as Web Chat does (POST /conversations with the session's token).
    private static async Task<(string ConversationId, string Token)> StartAsync(HttpClient client, JsonElement session)
    {
        using var response = await SendAsync(client, HttpMethod.Post, "/conversations", session.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (started.GetProperty("conversationId").GetString()!, started.GetProperty("token").GetString()!);
    }
}
