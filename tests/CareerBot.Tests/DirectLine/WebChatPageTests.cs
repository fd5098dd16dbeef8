using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static CareerBot.Tests.DirectLine.DirectLineClient;

namespace CareerBot.Tests.DirectLine;

/// <summary>The page at / and the token it gets from /api/webchat/token (never a secret).</summary>
public sealed class WebChatPageTests : IClassFixture<DirectLineFactory>
{
    private readonly DirectLineFactory factory;

    public WebChatPageTests(DirectLineFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task The_page_is_html_with_a_title_a_lang_a_label_and_the_bundle_served_by_the_app()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>CareerBot", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("<label id=\"sendbox-label\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"webchat/webchat.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("cannot be reached", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Split("<body>")[1].Replace("http://127.0.0.1", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(DirectLineFactory.Secret, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_endpoint_gives_a_token_for_a_new_conversation_and_this_apps_direct_line()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/api/webchat/token", new StringContent("{\"locale\":\"fr-FR\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("token").GetString()!;
        Assert.DoesNotContain(DirectLineFactory.Secret, body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("http://localhost/v3/directline", body.GetProperty("domain").GetString());
        Assert.StartsWith("dl_", body.GetProperty("userId").GetString(), StringComparison.Ordinal);
        Assert.Equal(body.GetProperty("userId").GetString(), Claims(token).GetProperty("user").GetString());

        using var started = await SendAsync(client, HttpMethod.Post, "/conversations", token);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var conversation = await started.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(body.GetProperty("conversationId").GetString(), conversation.GetProperty("conversationId").GetString());
        var welcome = Assert.Single((await GetAsync(client, conversation.GetProperty("conversationId").GetString()!, conversation.GetProperty("token").GetString()!)).Activities);
        Assert.Contains("je suis **CareerBot**", welcome.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_endpoint_body_that_is_not_json_is_400()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/api/webchat/token", new StringContent("{locale", Encoding.UTF8, "application/json"));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest);
    }
}
