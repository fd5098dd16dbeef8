using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Tests.Hosting;

/// <summary>Every string of an activity is bounded, and the 400 names the field; what channels really send passes.</summary>
public sealed class ActivityValidationTests
{
    private static readonly Activity Teams = new()
    {
        Type = ActivityTypes.Message,
        Id = "1700000000000",
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        Text = new string('a', 10_000),
        Locale = "fr-FR",
        From = new ChannelAccount("29:1" + new string('A', 180), "Camille Martin", "00000000-0000-0000-0000-000000000001"),
        Recipient = new ChannelAccount("28:00000000-0000-0000-0000-000000000002", "CareerBot"),
        Conversation = new ConversationAccount("a:1" + new string('B', 180), ConversationType: "personal", TenantId: "00000000-0000-0000-0000-000000000003"),
    };

    [Fact]
    public void What_teams_sends_passes_a_long_text_included()
    {
        Assert.Null(ActivityValidation.Problem(Teams));
    }

    [Theory]
    [InlineData("conversation.id")]
    [InlineData("from.id")]
    [InlineData("from.name")]
    [InlineData("recipient.id")]
    [InlineData("id")]
    [InlineData("replyToId")]
    [InlineData("channelId")]
    [InlineData("locale")]
    [InlineData("serviceUrl")]
    [InlineData("membersAdded[].id")]
    [InlineData("entities[].mentioned.name")]
    public void An_overlong_field_is_named(string field)
    {
        var longer = new string('x', 3000);
        var activity = field switch
        {
            "conversation.id" => Teams with { Conversation = Teams.Conversation! with { Id = longer } },
            "from.id" => Teams with { From = Teams.From! with { Id = longer } },
            "from.name" => Teams with { From = Teams.From! with { Name = longer } },
            "recipient.id" => Teams with { Recipient = Teams.Recipient! with { Id = longer } },
            "id" => Teams with { Id = longer },
            "replyToId" => Teams with { ReplyToId = longer },
            "channelId" => Teams with { ChannelId = longer },
            "locale" => Teams with { Locale = longer },
            "serviceUrl" => Teams with { ServiceUrl = "https://x/" + longer },
            "membersAdded[].id" => Teams with { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("ok"), new ChannelAccount(longer)] },
            _ => Teams with { Entities = [new Entity { Type = "mention", Mentioned = new ChannelAccount("28:bot", longer) }] },
        };

        Assert.Contains($"'{field}'", ActivityValidation.Problem(activity), StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_members_or_entities_are_refused()
    {
        Assert.NotNull(ActivityValidation.Problem(Teams with { MembersAdded = [.. Enumerable.Range(0, 300).Select(i => new ChannelAccount($"m{i}"))] }));
        Assert.NotNull(ActivityValidation.Problem(Teams with { Entities = [.. Enumerable.Range(0, 100).Select(_ => new Entity { Type = "clientInfo" })] }));
    }
}
