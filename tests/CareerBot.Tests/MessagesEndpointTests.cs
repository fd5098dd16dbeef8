using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerBot.Tests;

/// <summary>The HTTP contract of POST /api/messages: the Bot Framework SDK's status codes and reply activities.</summary>
public sealed class MessagesEndpointTests : IClassFixture<CareerBotFactory>
{
    private readonly CareerBotFactory factory;

    public MessagesEndpointTests(CareerBotFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task ExpectReplies_returns_the_replies_stamped_from_the_incoming_activity()
    {
        using var client = factory.CreateClient();
        var replies = await BotClient.ExpectRepliesAsync(client, BotClient.Message("salary with 7 years of experience"));

        var reply = Assert.Single(replies);
        Assert.Equal("message", reply.GetProperty("type").GetString());
        Assert.Contains("€59,000–€73,000", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("markdown", reply.GetProperty("textFormat").GetString());
        Assert.Equal("msteams", reply.GetProperty("channelId").GetString());
        Assert.Equal("en-US", reply.GetProperty("locale").GetString());
        Assert.Equal("conv-1", reply.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("bot-id", reply.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("user-id-0", reply.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("activity-1", reply.GetProperty("replyToId").GetString());
        Assert.False(reply.TryGetProperty("id", out _));
        var actions = reply.GetProperty("suggestedActions");
        Assert.Equal("user-id-0", actions.GetProperty("to")[0].GetString());
        Assert.All(actions.GetProperty("actions").EnumerateArray(), a => Assert.Equal("imBack", a.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task A_salary_conversation_asks_for_the_years_then_answers_with_the_band()
    {
        using var client = factory.CreateClient();
        var question = await BotClient.ExpectRepliesAsync(client, BotClient.Message("What salary can I expect?", conversationId: "conv-ask"));
        Assert.Contains("How many years of experience", Assert.Single(question).GetProperty("text").GetString(), StringComparison.Ordinal);

        var answer = await BotClient.ExpectRepliesAsync(client, BotClient.Message("6", conversationId: "conv-ask"));
        Assert.Contains("€59,000–€73,000", Assert.Single(answer).GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationUpdate_welcomes_added_members_but_not_the_bot()
    {
        using var client = factory.CreateClient();
        var update = new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["id"] = "update-1",
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://127.0.0.1:1",
            ["locale"] = "fr-FR",
            ["conversation"] = new JsonObject { ["id"] = "conv-welcome" },
            ["recipient"] = new JsonObject { ["id"] = "bot-id" },
            ["from"] = new JsonObject { ["id"] = "user-1" },
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "bot-id" }, new JsonObject { ["id"] = "user-1", ["name"] = "Camille" }),
        };

        var replies = await BotClient.ExpectRepliesAsync(client, update);

        var welcome = Assert.Single(replies);
        Assert.Contains("je suis **CareerBot**", welcome.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, welcome.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength());

        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "bot-id" });
        update["conversation"] = new JsonObject { ["id"] = "conv-bot-only" };
        Assert.Empty(await BotClient.ExpectRepliesAsync(client, update));
    }

    [Fact]
    public async Task Normal_delivery_posts_the_reply_to_the_connector_keeping_its_path_prefix_and_escaping_ids()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var client = factory.CreateClient();
        const string teamsConversation = "19:abc@thread.tacv2;messageid=1700000000";
        var message = BotClient.Message("what are the career paths?", conversationId: teamsConversation, serviceUrl: connector.ServiceUrl);
        message["id"] = "1700000000:42";

        using var response = await BotClient.PostAsync(client, message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var received = Assert.Single(await connector.WaitForAsync(1));
        Assert.Equal("/_connector/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000/activities/1700000000%3A42", received.RawPath);
        Assert.Contains("Technical manager", received.Body.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("1700000000:42", received.Body.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task A_service_url_outside_the_allow_list_gets_no_call()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var client = factory.CreateClient();

        using var response = await BotClient.PostAsync(client, BotClient.Message("hello", serviceUrl: "http://169.254.169.254/latest/meta-data"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(connector.Received);
    }

    [Theory]
    [InlineData("{not json", "BadRequest")]
    [InlineData("[]", "BadRequest")]
    [InlineData("null", "BadRequest")]
    [InlineData("{\"text\":\"no type\"}", "BadRequest")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"from\":{\"id\":\"u\"}}", "BadRequest")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"conversation\":{\"id\":\"c\"}}", "BadRequest")]
    [InlineData("{\"type\":42}", "BadRequest")]
    public async Task A_body_that_is_not_a_usable_activity_is_400_with_a_json_error(string body, string code)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, error.GetProperty("error").GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("error").GetProperty("message").GetString()));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        using var client = factory.CreateClient();
        var huge = BotClient.Message(new string('a', 300 * 1024));

        using var response = await BotClient.PostAsync(client, huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/api/messages", new StringContent("hello", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    [InlineData("PUT")]
    public async Task Other_methods_are_405(string method)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task An_invoke_the_bot_does_not_handle_is_501()
    {
        using var client = factory.CreateClient();
        var invoke = BotClient.Message("");
        invoke["type"] = "invoke";
        invoke["name"] = "composeExtension/query";

        using var response = await BotClient.PostAsync(client, invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("event")]
    [InlineData("somethingNew")]
    public async Task Activities_the_bot_ignores_are_200_with_no_reply(string type)
    {
        using var client = factory.CreateClient();
        var activity = BotClient.Message("");
        activity["type"] = type;

        Assert.Empty(await BotClient.ExpectRepliesAsync(client, activity));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂🙂")]
    [InlineData("<img src=x onerror=alert(1)>")]
    public async Task Empty_or_meaningless_messages_get_a_polite_reply(string text)
    {
        using var client = factory.CreateClient();
        var reply = Assert.Single(await BotClient.ExpectRepliesAsync(client, BotClient.Message(text)));

        Assert.Contains("I didn't find a question", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ten_thousand_character_message_gets_a_polite_reply()
    {
        using var client = factory.CreateClient();
        var reply = Assert.Single(await BotClient.ExpectRepliesAsync(client, BotClient.Message(new string('x', 10_000))));

        Assert.Contains("too long", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_is_200()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
