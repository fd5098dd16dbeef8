using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Conversation;
using Microsoft.Extensions.DependencyInjection;
using static CareerBot.Tests.DirectLine.DirectLineClient;

namespace CareerBot.Tests.DirectLine;

/// <summary>A rating from the Web Chat page over Direct Line: the answer carries the feedback loop's mark and an id, the
/// page's invoke <c>message/submitAction</c> naming it is kept with the answer's label, and never enters the history.</summary>
public sealed class DirectLineFeedbackTests : IClassFixture<DirectLineFactory>
{
    private readonly DirectLineFactory factory;

    public DirectLineFeedbackTests(DirectLineFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task A_dislike_of_an_answer_is_kept_with_its_handled_as_name_and_language_and_stays_out_of_the_history()
    {
        using var client = factory.CreateClient();
        var (conversationId, token) = await StartAsync(client);
        await PostAsync(client, conversationId, token, Message("What does a backend developer do?"));
        var (activities, watermark) = await GetAsync(client, conversationId, token);
        var welcome = activities.First(a => a.GetProperty("from").GetProperty("role").GetString() == "bot");
        var answer = activities.Last(a => a.GetProperty("from").GetProperty("role").GetString() == "bot");
        Assert.False(welcome.TryGetProperty("channelData", out _));
        Assert.Equal("default", answer.GetProperty("channelData").GetProperty("feedbackLoop").GetProperty("type").GetString());

        using var response = await SendAsync(client, HttpMethod.Post, $"/conversations/{conversationId}/activities", token, Rating(answer.GetProperty("id").GetString()!, "dislike", "Say more about APIs"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var kept = (await factory.Services.GetRequiredService<IFeedbackStore>().RecentAsync(FeedbackReaction.Dislike, 50, default))
            .First(f => f.Conversation == Pseudonym.Of(conversationId));
        Assert.Equal(("missions", "en", "webchat", "Say more about APIs"), (kept.HandledAs, kept.Language, kept.Channel, kept.Comment));
        Assert.Empty((await GetAsync(client, conversationId, token, watermark)).Activities);
    }

    [Fact]
    public async Task A_malformed_rating_is_a_400_with_a_direct_line_error()
    {
        using var client = factory.CreateClient();
        var (conversationId, token) = await StartAsync(client);
        var rating = Rating("whatever", "like", null);
        rating["value"] = new JsonObject { ["actionName"] = "feedback", ["actionValue"] = new JsonObject { ["reaction"] = "maybe" } };

        using var response = await SendAsync(client, HttpMethod.Post, $"/conversations/{conversationId}/activities", token, rating);

        Assert.Equal("BadArgument", await AssertErrorAsync(response, HttpStatusCode.BadRequest));
    }

    // What the page posts.
    private static JsonObject Rating(string replyToId, string reaction, string? comment) => new()
    {
        ["type"] = "invoke",
        ["name"] = "message/submitAction",
        ["replyToId"] = replyToId,
        ["locale"] = "en-US",
        ["from"] = new JsonObject { ["id"] = "r_webchat", ["role"] = "user" },
        ["value"] = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = reaction, ["feedback"] = JsonSerializer.Serialize(new { feedbackText = comment }) },
        },
    };
}
