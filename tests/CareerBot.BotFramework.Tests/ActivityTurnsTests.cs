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
}
