using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace CareerBot.Tests;

/// <summary>The salary Adaptive Card: rendered with the reply, refreshed by Action.Execute, answered for Action.Submit.</summary>
public sealed class CardTests : IClassFixture<CareerBotFactory>
{
    private readonly CareerBotFactory factory;

    public CardTests(CareerBotFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task The_salary_reply_in_teams_matches_its_snapshot_with_the_card_and_universal_actions()
    {
        using var client = factory.CreateClient();
        var reply = Assert.Single(await BotClient.ExpectRepliesAsync(client, BotClient.Message("salary with 7 years", conversationId: "card-snapshot")));

        Snapshot.Match(JToken.Parse(reply.GetRawText()));
    }

    [Fact]
    public async Task The_welcome_on_install_matches_its_snapshot()
    {
        using var client = factory.CreateClient();
        var install = BotClient.Message(string.Empty, conversationId: "welcome-snapshot");
        install["type"] = "installationUpdate";
        install["action"] = "add";
        install.Remove("text");

        Snapshot.Match(JToken.Parse(Assert.Single(await BotClient.ExpectRepliesAsync(client, install)).GetRawText()));
    }

    [Fact]
    public async Task The_card_highlights_the_users_band_and_both_bands_at_a_boundary()
    {
        using var client = factory.CreateClient();
        var card = CardOf(Assert.Single(await BotClient.ExpectRepliesAsync(client, BotClient.Message("salary with 5 years", conversationId: "card-boundary"))));

        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var rows = card.GetProperty("body")[1].GetProperty("rows").EnumerateArray().Skip(1).ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal([false, true, true, false, false], rows.Select(r => r.TryGetProperty("style", out _)));
        Assert.Equal("Action.Execute", card.GetProperty("actions")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Web_chat_gets_action_submit_instead_of_action_execute()
    {
        using var client = factory.CreateClient();
        var message = BotClient.Message("salary with 3 years", conversationId: "card-webchat");
        message["channelId"] = "webchat";

        var card = CardOf(Assert.Single(await BotClient.ExpectRepliesAsync(client, message)));

        var action = card.GetProperty("actions")[0];
        Assert.Equal("Action.Submit", action.GetProperty("type").GetString());
        Assert.Equal("salary", action.GetProperty("data").GetProperty("verb").GetString());
    }

    [Fact]
    public async Task Action_execute_returns_the_refreshed_card_for_the_new_years()
    {
        using var client = factory.CreateClient();
        using var response = await BotClient.PostAsync(client, Invoke(new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "salary", ["data"] = new JsonObject { ["verb"] = "salary", ["years"] = "12" } },
            ["trigger"] = "manual",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        var rows = body.GetProperty("value").GetProperty("body")[1].GetProperty("rows").EnumerateArray().Skip(1).ToList();
        Assert.Equal([false, false, false, true, false], rows.Select(r => r.TryGetProperty("style", out _)));
    }

    [Fact]
    public async Task Action_execute_with_years_that_are_not_a_number_answers_with_a_message()
    {
        using var client = factory.CreateClient();
        using var response = await BotClient.PostAsync(client, Invoke(new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "salary", ["data"] = new JsonObject { ["years"] = "lots" } },
        }));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Contains("didn't catch a number of years", body.GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"text\"")]
    [InlineData("{}")]
    [InlineData("{\"action\":{\"type\":\"Action.Submit\",\"verb\":\"salary\"}}")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\"}}")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\",\"verb\":42}}")]
    public async Task A_malformed_action_execute_is_400_with_an_error_body(string value)
    {
        using var client = factory.CreateClient();
        using var response = await BotClient.PostAsync(client, Invoke(JsonNode.Parse(value)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
        Assert.Equal("BadRequest", body.GetProperty("value").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Action_submit_data_arriving_as_value_is_understood()
    {
        using var client = factory.CreateClient();
        var submit = BotClient.Message(string.Empty, conversationId: "card-submit");
        submit["channelId"] = "webchat";
        submit["value"] = new JsonObject { ["verb"] = "salary", ["years"] = "16" };

        var reply = Assert.Single(await BotClient.ExpectRepliesAsync(client, submit));

        Assert.Contains("€88,000–€105,000", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static JsonElement CardOf(JsonElement reply)
    {
        var attachment = Assert.Single(reply.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        return attachment.GetProperty("content");
    }

    private static JsonObject Invoke(JsonNode? value)
    {
        var invoke = BotClient.Message(string.Empty, conversationId: "card-invoke");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = value;
        return invoke;
    }
}
