using System.Text.Json;
using CareerBot.BotFramework.Adapter;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;

namespace CareerBot.BotFramework.Tests;

public sealed class ActivityTurnsTests
{
    private static readonly ChannelAccount Bot = new("28:bot", "CareerBot");

    [Fact]
    public void A_teams_channel_message_loses_the_bot_mention_before_understanding()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "<at>CareerBot</at> what is the salary with 3 years?",
            Recipient = Bot,
            From = new ChannelAccount("29:user"),
            Conversation = new ConversationAccount("19:channel", ConversationType: "channel"),
            Entities = [new Entity { Type = "mention", Mentioned = Bot, Text = "<at>CareerBot</at>" }],
        };

        var turn = Assert.Single(ActivityTurns.From(activity));

        Assert.Equal("what is the salary with 3 years?", turn.Text);
        Assert.Equal(TurnKind.Message, turn.Kind);
    }

    [Fact]
    public void Another_persons_mention_stays_in_the_text()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "<at>CareerBot</at> ask <at>Sam</at>",
            Recipient = Bot,
            Conversation = new ConversationAccount("c"),
            Entities =
            [
                new Entity { Type = "mention", Mentioned = Bot, Text = "<at>CareerBot</at>" },
                new Entity { Type = "mention", Mentioned = new ChannelAccount("29:sam", "Sam"), Text = "<at>Sam</at>" },
            ],
        };

        Assert.Equal("ask <at>Sam</at>", Assert.Single(ActivityTurns.From(activity)).Text);
    }

    [Theory]
    [InlineData("groupChat", null)]
    [InlineData("channel", null)]
    [InlineData(null, true)]
    public void In_a_group_only_a_message_that_mentions_the_bot_is_a_turn(string? conversationType, bool? isGroup)
    {
        var conversation = new ConversationAccount("19:group", IsGroup: isGroup, ConversationType: conversationType);
        var plain = new Activity { Type = ActivityTypes.Message, Text = "lunch?", Recipient = Bot, From = new ChannelAccount("29:user"), Conversation = conversation };
        var mentioned = plain with
        {
            Text = "<at>CareerBot</at> help",
            Entities = [new Entity { Type = "mention", Mentioned = Bot, Text = "<at>CareerBot</at>" }],
        };
        var someoneElse = plain with
        {
            Text = "<at>Sam</at> help",
            Entities = [new Entity { Type = "mention", Mentioned = new ChannelAccount("29:sam", "Sam"), Text = "<at>Sam</at>" }],
        };

        Assert.Empty(ActivityTurns.From(plain));
        Assert.Empty(ActivityTurns.From(someoneElse));
        var turn = Assert.Single(ActivityTurns.From(mentioned));
        Assert.Equal("help", turn.Text);
        Assert.True(turn.Group);
    }

    [Fact]
    public void A_suggestion_cards_button_is_a_message_with_its_text_even_without_a_mention()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Recipient = Bot,
            From = new ChannelAccount("29:user"),
            Conversation = new ConversationAccount("19:group", IsGroup: true, ConversationType: "groupChat"),
            Value = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["verb"] = "ask", ["text"] = "What is the salary?" }),
        };

        var turn = Assert.Single(ActivityTurns.From(activity));

        Assert.Equal(TurnKind.Message, turn.Kind);
        Assert.Equal("What is the salary?", turn.Text);
    }

    [Fact]
    public void In_a_group_the_bot_is_welcomed_when_it_is_added_not_each_member()
    {
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Recipient = Bot,
            From = new ChannelAccount("29:installer"),
            Conversation = new ConversationAccount("19:group", IsGroup: true, ConversationType: "groupChat"),
            MembersAdded = [Bot],
        };

        var welcome = Assert.Single(ActivityTurns.From(update));
        Assert.Equal((TurnKind.MemberAdded, "29:installer", true), (welcome.Kind, welcome.UserId, welcome.Group));
        Assert.Empty(ActivityTurns.From(update with { MembersAdded = [new ChannelAccount("29:u1"), new ChannelAccount("29:u2")] }));
        var install = Assert.Single(ActivityTurns.From(update with { Type = ActivityTypes.InstallationUpdate, Action = "add", MembersAdded = null }));
        Assert.Equal("29:installer", install.UserId);
    }

    [Fact]
    public void ConversationUpdate_gives_one_turn_per_added_member_who_is_not_the_bot()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Recipient = Bot,
            Conversation = new ConversationAccount("c"),
            MembersAdded = [Bot, new ChannelAccount("u1"), new ChannelAccount("u2"), new ChannelAccount(null)],
        };

        Assert.Equal(["u1", "u2"], ActivityTurns.From(activity).Select(t => t.UserId));
        Assert.All(ActivityTurns.From(activity), t => Assert.Equal(TurnKind.MemberAdded, t.Kind));
    }

    [Theory]
    [InlineData("installationUpdate", "add", TurnKind.MemberAdded)]
    [InlineData("installationUpdate", "remove", TurnKind.ConversationEnded)]
    [InlineData("endOfConversation", null, TurnKind.ConversationEnded)]
    public void Install_and_end_become_welcome_and_forget(string type, string? action, TurnKind expected)
    {
        var activity = new Activity { Type = type, Action = action, Recipient = Bot, From = new ChannelAccount("u"), Conversation = new ConversationAccount("c") };

        Assert.Equal(expected, Assert.Single(ActivityTurns.From(activity)).Kind);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("event")]
    [InlineData("unknownType")]
    public void Other_activities_give_no_turn(string type)
    {
        Assert.Empty(ActivityTurns.From(new Activity { Type = type, Conversation = new ConversationAccount("c") }));
    }

    [Fact]
    public void An_update_listing_thousands_of_members_welcomes_a_handful_each_once()
    {
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Recipient = Bot,
            Conversation = new ConversationAccount("conv"),
            MembersAdded = [Bot, .. Enumerable.Range(0, 4000).Select(i => new ChannelAccount($"u{i % 2000}"))],
        };

        var turns = ActivityTurns.From(update);

        Assert.Equal(["u0", "u1", "u2"], turns.Select(t => t.UserId));
        Assert.Equal(ActivityTurns.MaxWelcomesPerUpdate, turns.Count);
    }
}
