using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Microsoft.AspNetCore.TestHost;

namespace CareerBot.Tests.Teams;

/// <summary>CareerBot in Teams group chats and channels, through POST /api/messages as Teams sends it: answers only
/// when mentioned, the mention removed, replies in the thread, buttons in a card rather than suggested actions, a
/// welcome once when added; and text that Teams renders (no headings, no tables).</summary>
public sealed class TeamsConversationTests : IClassFixture<CareerBotFactory>
{
    private const string Mention = "<at>CareerBot</at>";
    private readonly CareerBotFactory factory;

    public TeamsConversationTests(CareerBotFactory factory)
    {
        this.factory = factory;
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task A_message_that_mentions_the_bot_is_answered_without_the_mention_and_with_a_card_of_buttons(string conversationType)
    {
        using var client = factory.CreateClient();

        var reply = Assert.Single(await BotClient.ExpectRepliesAsync(client, Group($"{Mention} what are the career paths?", conversationType, $"mention-{conversationType}")));

        Assert.Contains("Technical manager", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(reply.TryGetProperty("suggestedActions", out _), "Teams shows no suggested actions in group chats and channels");
        var buttons = SuggestionButtons(reply);
        Assert.Equal(["Salary", "Missions", "Qualities"], buttons.Select(b => b.GetProperty("title").GetString()));
        Assert.All(buttons, b => Assert.Equal("Action.Submit", b.GetProperty("type").GetString()));
        Assert.Equal("What salary can I expect?", buttons[0].GetProperty("data").GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_personal_chat_keeps_its_suggested_actions_and_gets_no_card_of_buttons()
    {
        using var client = factory.CreateClient();

        var reply = Assert.Single(await BotClient.ExpectRepliesAsync(client, BotClient.Message("what are the career paths?", conversationId: "personal-actions")));

        Assert.Equal(3, reply.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength());
        Assert.False(reply.TryGetProperty("attachments", out _));
    }

    [Theory]
    [InlineData("hello everyone, who is in for lunch?", false)]
    [InlineData("<at>Sam</at> can you ask the bot?", true)]
    public async Task A_group_message_that_does_not_mention_the_bot_gets_no_answer(string text, bool mentionsSomeoneElse)
    {
        using var client = factory.CreateClient();
        var message = Group(text, "groupChat", "not-for-the-bot");
        message["entities"] = mentionsSomeoneElse ? new JsonArray(MentionOf("29:sam", "Sam", "<at>Sam</at>")) : new JsonArray();

        Assert.Empty(await BotClient.ExpectRepliesAsync(client, message));
    }

    [Theory]
    [InlineData(Mention)]
    [InlineData(Mention + "   ")]
    [InlineData(Mention + " 🙂")]
    [InlineData(Mention + " <at>Sam</at>")]
    public async Task A_mention_with_no_question_gets_a_polite_answer(string text)
    {
        using var client = factory.CreateClient();
        var message = Group(text, "channel", "19:general@thread.tacv2;messageid=1700000000001");
        if (text.Contains("Sam", StringComparison.Ordinal))
        {
            message["entities"]!.AsArray().Add(MentionOf("29:sam", "Sam", "<at>Sam</at>"));
        }

        var reply = Assert.Single(await BotClient.ExpectRepliesAsync(client, message));

        Assert.Matches("I didn't find a question|I'm not sure I understood", reply.GetProperty("text").GetString());
        Assert.Equal(3, SuggestionButtons(reply).Count);
    }

    [Fact]
    public async Task A_bot_name_split_over_several_mentions_is_removed_whole()
    {
        using var client = factory.CreateClient();
        var message = Group("<at>Career</at> <at>Bot</at> salary with 7 years", "groupChat", "split-mention");
        message["entities"] = new JsonArray(MentionOf("bot-id", "Career", "<at>Career</at>"), MentionOf("bot-id", "Bot", "<at>Bot</at>"));

        var reply = Assert.Single(await BotClient.ExpectRepliesAsync(client, message));

        Assert.Contains("€59,000–€73,000", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_button_of_the_card_is_answered_as_if_its_text_were_typed_with_no_mention_needed()
    {
        using var client = factory.CreateClient();
        var submit = Group(string.Empty, "groupChat", "button-press");
        submit.Remove("entities");
        submit["value"] = new JsonObject { ["verb"] = "ask", ["text"] = "What are the missions?" };

        var reply = Assert.Single(await BotClient.ExpectRepliesAsync(client, submit));

        Assert.Contains("The main missions of a backend developer", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_salary_answer_in_a_group_has_the_salary_card_then_the_buttons()
    {
        using var client = factory.CreateClient();

        var reply = Assert.Single(await BotClient.ExpectRepliesAsync(client, Group($"{Mention} salary with 3 years", "groupChat", "group-salary")));

        var cards = reply.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("content")).ToList();
        Assert.Equal(2, cards.Count);
        var execute = cards[0].GetProperty("actions")[0];
        Assert.Equal("Action.Execute", execute.GetProperty("type").GetString());
        Assert.Equal("Action.Submit", execute.GetProperty("fallback").GetProperty("type").GetString());
        Assert.Equal("salary", execute.GetProperty("fallback").GetProperty("data").GetProperty("verb").GetString());
        Assert.Equal(["Career paths", "Missions", "Qualities"], cards[1].GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Added_to_a_group_chat_the_bot_says_once_how_to_mention_it_and_greets_no_member_who_joins_later()
    {
        using var client = factory.CreateClient();
        const string chat = "19:group-install@thread.v2";
        var install = Group(string.Empty, "groupChat", chat);
        install["type"] = "installationUpdate";
        install["action"] = "add";
        install.Remove("text");
        install.Remove("entities");

        var welcome = Assert.Single(await BotClient.ExpectRepliesAsync(client, install));
        Assert.Contains("Hi everyone, I'm **CareerBot**", welcome.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("**@CareerBot**", welcome.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(welcome.TryGetProperty("suggestedActions", out _));
        Assert.Equal(3, SuggestionButtons(welcome).Count);

        var botAdded = Group(string.Empty, "groupChat", chat);
        botAdded["type"] = "conversationUpdate";
        botAdded["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "bot-id" });
        Assert.Empty(await BotClient.ExpectRepliesAsync(client, botAdded));

        botAdded["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:newcomer", ["name"] = "Sam" });
        Assert.Empty(await BotClient.ExpectRepliesAsync(client, botAdded));
    }

    [Fact]
    public async Task A_channel_post_is_answered_in_its_thread_and_without_a_typing_indicator()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => SlowEngine.Decorate(s)));
        using var client = app.CreateClient();
        const string thread = "19:general@thread.tacv2;messageid=1700000000123";
        var message = Group($"{Mention} what qualities are needed?", "channel", thread, connector.ServiceUrl);
        message["id"] = "1700000000123";
        message.Remove("deliveryMode");

        using var response = await BotClient.PostAsync(client, message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(connector.Received);
        Assert.Equal("/_connector/v3/conversations/19%3Ageneral%40thread.tacv2%3Bmessageid%3D1700000000123/activities/1700000000123", received.RawPath);
        Assert.Equal("message", received.Body.GetProperty("type").GetString());
        Assert.Equal(thread, received.Body.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("1700000000123", received.Body.GetProperty("replyToId").GetString());
    }

    [Theory]
    [InlineData("help", "en-US")]
    [InlineData("show me all salary ranges", "en-US")]
    [InlineData("salary with 5 years", "en-US")]
    [InlineData("salary with 3 to 12 years", "en-US")]
    [InlineData("what are the missions?", "en-US")]
    [InlineData("what qualities are needed?", "en-US")]
    [InlineData("what are the career paths?", "en-US")]
    [InlineData("aide", "fr-FR")]
    [InlineData("toutes les fourchettes de salaire", "fr-FR")]
    [InlineData("quelles sont les missions ?", "fr-FR")]
    public async Task Text_sent_to_teams_has_no_heading_and_no_table(string question, string locale)
    {
        using var client = factory.CreateClient();
        var message = BotClient.Message(question, conversationId: "markdown-" + question, locale: locale);

        foreach (var reply in await BotClient.ExpectRepliesAsync(client, message))
        {
            var text = reply.GetProperty("text").GetString()!;
            var document = Markdown.Parse(text, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
            Assert.Empty(document.Descendants<HeadingBlock>());
            Assert.Empty(document.Descendants<Table>());
            Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        }
    }

    private static JsonObject Group(string text, string conversationType, string conversationId, string serviceUrl = "http://127.0.0.1:1/_connector")
    {
        var message = BotClient.Message(text, conversationId: conversationId, serviceUrl: serviceUrl);
        message["conversation"] = new JsonObject
        {
            ["id"] = conversationId,
            ["conversationType"] = conversationType,
            ["isGroup"] = true,
            ["tenantId"] = "tenant-1",
        };
        message["entities"] = new JsonArray(MentionOf("bot-id", "CareerBot", Mention));
        return message;
    }

    private static JsonObject MentionOf(string id, string name, string text) =>
        new() { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name }, ["text"] = text };

    // The last attachment of a reply in a group: the card that stands for the suggested actions.
    private static List<JsonElement> SuggestionButtons(JsonElement reply)
    {
        var card = reply.GetProperty("attachments").EnumerateArray().Last().GetProperty("content");
        var buttons = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.All(buttons, b => Assert.Equal("ask", b.GetProperty("data").GetProperty("verb").GetString()));
        return buttons;
    }
}
