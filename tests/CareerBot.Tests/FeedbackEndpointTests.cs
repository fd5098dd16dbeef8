using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Ratings;
using CareerBot.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests;

/// <summary>Ratings through POST /api/messages: answers carry Teams' feedback loop, the <c>message/submitAction</c>
/// invoke is answered 200 with no body and kept (the answer's label from the ledger, "unknown" when missing), a
/// malformed one is 400.</summary>
public sealed class FeedbackEndpointTests : IClassFixture<CareerBotFactory>
{
    private readonly CareerBotFactory factory;

    public FeedbackEndpointTests(CareerBotFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task Answers_carry_the_feedback_loop_and_the_welcome_does_not()
    {
        using var client = factory.CreateClient();
        var answer = Assert.Single(await BotClient.ExpectRepliesAsync(client, BotClient.Message("What does a backend developer do?", conversationId: "conv-loop")));

        Assert.Equal("default", answer.GetProperty("channelData").GetProperty("feedbackLoop").GetProperty("type").GetString());
        Assert.False(answer.GetProperty("channelData").TryGetProperty("feedbackLoopEnabled", out _));

        var update = new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["id"] = "update-loop",
            ["channelId"] = "msteams",
            ["serviceUrl"] = "http://127.0.0.1:1/_connector",
            ["from"] = new JsonObject { ["id"] = "user-id-0" },
            ["recipient"] = new JsonObject { ["id"] = "bot-id" },
            ["conversation"] = new JsonObject { ["id"] = "conv-welcome-loop" },
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-id-0" }),
            ["deliveryMode"] = "expectReplies",
        };
        using var response = await BotClient.PostAsync(client, update);
        var welcome = (await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync())).RootElement.GetProperty("activities");
        Assert.All(welcome.EnumerateArray(), activity => Assert.False(activity.TryGetProperty("channelData", out _)));
    }

    [Fact]
    public async Task A_rating_of_a_recorded_answer_is_kept_with_its_label_and_answered_200_with_no_body()
    {
        var answers = factory.Services.GetRequiredService<IAnswerLedger>();
        await answers.RecordAsync("conv-rated", "answer-7", new AnswerLabel("salary", "fr"), default);
        using var client = factory.CreateClient();

        using var response = await BotClient.PostAsync(client, Rating("conv-rated", "answer-7", "dislike", "{\"feedbackText\":\"Too high\\u0007 for Lyon\"}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var kept = (await factory.Services.GetRequiredService<IFeedbackStore>().RecentAsync(FeedbackReaction.Dislike, 50, default))
            .First(f => f.Comment == "Too high for Lyon");
        Assert.Equal(("salary", "fr", "msteams"), (kept.HandledAs, kept.Language, kept.Channel));
        Assert.Equal(Pseudonym.Of("conv-rated"), kept.Conversation);
        Assert.DoesNotContain("user-id-0", JsonSerializer.Serialize(kept), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rating_of_an_answer_the_ledger_does_not_know_is_kept_as_unknown()
    {
        using var client = factory.CreateClient();

        using var response = await BotClient.PostAsync(client, Rating("conv-unknown", "never-sent", "like", null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var kept = (await factory.Services.GetRequiredService<IFeedbackStore>().RecentAsync(FeedbackReaction.Like, 50, default))
            .First(f => f.Conversation == Pseudonym.Of("conv-unknown"));
        Assert.Equal(("unknown", "unknown", null), (kept.HandledAs, kept.Language, kept.Comment));
    }

    [Theory]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"meh"}}""")]
    [InlineData("""{"actionName":"feedback"}""")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":"{not json"}}""")]
    [InlineData("\"feedback\"")]
    public async Task A_malformed_rating_is_400_with_an_error(string value)
    {
        using var client = factory.CreateClient();
        var rating = Rating("conv-bad", "a", "like", null);
        rating["value"] = JsonNode.Parse(value);

        using var response = await BotClient.PostAsync(client, rating);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Another_invoke_is_still_501()
    {
        using var client = factory.CreateClient();
        var invoke = Rating("conv-other", "a", "like", null);
        invoke["name"] = "composeExtension/query";

        using var response = await BotClient.PostAsync(client, invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    // The invoke Teams sends when a thumb is chosen and the form submitted.
    private static JsonObject Rating(string conversationId, string replyToId, string reaction, string? feedback)
    {
        var rating = BotClient.Message(string.Empty, conversationId);
        rating["type"] = "invoke";
        rating["name"] = "message/submitAction";
        rating["replyToId"] = replyToId;
        rating.Remove("text");
        var actionValue = new JsonObject { ["reaction"] = reaction };
        if (feedback is not null)
        {
            actionValue["feedback"] = feedback;
        }

        rating["value"] = new JsonObject { ["actionName"] = "feedback", ["actionValue"] = actionValue };
        return rating;
    }
}
