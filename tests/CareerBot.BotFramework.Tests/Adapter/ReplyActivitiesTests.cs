using System.Text.Json;
using CareerBot.BotFramework.Adapter;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;

namespace CareerBot.BotFramework.Tests.Adapter;

/// <summary>A reply's source as each channel shows it. In Teams, the schema.org Message entity of "Bot messages with
/// AI-generated content" (learn.microsoft.com/microsoftteams/platform/bots/how-to/bot-messages-ai-generated-content):
/// <c>citation</c> claims of <c>@type</c> Claim with a <c>position</c> the text marks as <c>[1]</c>, an
/// <c>appearance</c> of <c>@type</c> DigitalDocument with <c>name</c> (at most 80 characters), <c>abstract</c> (at most
/// 160) and an optional <c>url</c>; and no <c>additionalType</c>, which would label the reply AI-generated.</summary>
public sealed class ReplyActivitiesTests
{
    private const string Title = "Roles and missions of the Backend Developer";
    private const string Abstract = "The role, missions and qualities of a backend developer, gross annual salaries in France by years of experience, and five career paths.";

    private static readonly Citation Source = new(Title, Abstract, null, "Source: *" + Title + "*");

    [Fact]
    public void In_Teams_a_cited_reply_carries_the_schema_org_message_entity_Teams_documents()
    {
        var activity = ReplyActivities.Create(Incoming("msteams"), new Reply("With **7 years**, €59,000–€73,000.\n\nAsk again.", [], null, Source));

        using var json = Wire(activity);
        var entity = Assert.Single(json.RootElement.GetProperty("entities").EnumerateArray());
        Assert.Equal(["type", "@type", "@context", "@id", "citation"], Names(entity));
        Assert.Equal("https://schema.org/Message", entity.GetProperty("type").GetString());
        Assert.Equal("Message", entity.GetProperty("@type").GetString());
        Assert.Equal("https://schema.org", entity.GetProperty("@context").GetString());
        Assert.Equal(string.Empty, entity.GetProperty("@id").GetString());

        var claim = Assert.Single(entity.GetProperty("citation").EnumerateArray());
        Assert.Equal(["@type", "position", "appearance"], Names(claim));
        Assert.Equal("Claim", claim.GetProperty("@type").GetString());
        var position = claim.GetProperty("position").GetInt32();
        Assert.Equal(1, position);

        var appearance = claim.GetProperty("appearance");
        Assert.Equal(["@type", "name", "abstract"], Names(appearance));
        Assert.Equal("DigitalDocument", appearance.GetProperty("@type").GetString());
        Assert.Equal(Title, appearance.GetProperty("name").GetString());
        Assert.Equal(Abstract, appearance.GetProperty("abstract").GetString());
        Assert.InRange(Title.Length, 1, 80);
        Assert.InRange(Abstract.Length, 1, 160);

        // The text marks the claim where it is made, with the claim's position; the Source line is for other channels.
        var text = json.RootElement.GetProperty("text").GetString();
        Assert.Equal($"With **7 years**, €59,000–€73,000. [{position}]\n\nAsk again.", text);
        Assert.DoesNotContain("additionalType", json.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("AIGeneratedContent", json.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void In_Teams_the_articles_address_becomes_the_citations_url()
    {
        var source = Source with { Url = new Uri("https://example.com/backend-developer") };

        using var json = Wire(ReplyActivities.Create(Incoming("msteams"), new Reply("Cited.", [], null, source)));

        var appearance = json.RootElement.GetProperty("entities")[0].GetProperty("citation")[0].GetProperty("appearance");
        Assert.Equal(["@type", "name", "abstract", "url"], Names(appearance));
        Assert.Equal("https://example.com/backend-developer", appearance.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    [InlineData("test")]
    public void Elsewhere_the_source_is_a_line_after_the_text_and_no_entity(string channelId)
    {
        var activity = ReplyActivities.Create(Incoming(channelId), new Reply("The answer.\n\nAsk again.", [new SuggestedAction("Missions", "missions")], null, Source));

        Assert.Equal("The answer.\n\nAsk again.\n\nSource: *" + Title + "*", activity.Text);
        Assert.Equal("markdown", activity.TextFormat);
        Assert.Null(activity.Entities);
        Assert.DoesNotContain("[1]", activity.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("webchat")]
    public void A_reply_that_cites_nothing_is_sent_as_written(string channelId)
    {
        var activity = ReplyActivities.Create(Incoming(channelId), new Reply("Hello! Ask me anything."));

        Assert.Equal("Hello! Ask me anything.", activity.Text);
        Assert.Null(activity.Entities);
    }

    [Fact]
    public void Mentions_are_still_read_beside_a_message_entity()
    {
        // What Teams sends in a group chat, with a schema.org Message entity beside the mention: the mention is read as
        // before, and the Message entity comes back as it was.
        var incoming = JsonSerializer.Deserialize(
            """
            {"type":"message","id":"1","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/",
             "from":{"id":"user-1"},"recipient":{"id":"bot-1","name":"CareerBot"},"conversation":{"id":"c-1","conversationType":"groupChat"},
             "text":"<at>CareerBot</at> salary with 7 years?",
             "entities":[{"type":"mention","mentioned":{"id":"bot-1","name":"CareerBot"},"text":"<at>CareerBot</at>"},
                         {"type":"https://schema.org/Message","@type":"Message","@context":"https://schema.org","@id":"","citation":[]}]}
            """,
            BotJsonContext.Default.Activity)!;

        Assert.True(Mentions.MentionsBot(incoming));
        Assert.Equal("salary with 7 years?", Mentions.RemoveBotMentions(incoming));
        Assert.Equal(JsonValueKind.Array, incoming.Entities![1].Properties!["citation"].ValueKind);

        // And a cited reply read back as an activity: its entity is no mention.
        var reply = ReplyActivities.Create(incoming, new Reply("Cited.", [], null, Source));
        var readBack = JsonSerializer.Deserialize(JsonSerializer.Serialize(reply, BotJsonContext.Default.Activity), BotJsonContext.Default.Activity)!;
        Assert.False(Mentions.MentionsBot(readBack with { Recipient = new ChannelAccount("user-1") }));
        Assert.Equal(Citations.MessageEntityType, Assert.Single(readBack.Entities!).Type);
    }

    private static Activity Incoming(string channelId) => new()
    {
        Type = ActivityTypes.Message,
        Id = "incoming-1",
        ChannelId = channelId,
        ServiceUrl = "http://127.0.0.1:1",
        From = new ChannelAccount("user-1"),
        Recipient = new ChannelAccount("bot-1"),
        Conversation = new ConversationAccount(Id: "conversation-1"),
        Text = "salary with 7 years",
    };

    private static JsonDocument Wire(Activity activity) =>
        JsonDocument.Parse(JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity));

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
