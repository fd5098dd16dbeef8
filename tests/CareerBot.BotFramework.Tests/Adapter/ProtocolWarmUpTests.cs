using CareerBot.BotFramework.Adapter;
using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;

namespace CareerBot.BotFramework.Tests.Adapter;

public sealed class ProtocolWarmUpTests
{
    [Fact]
    public void The_sample_is_an_activity_the_endpoint_accepts_so_the_warm_up_takes_the_path_of_a_real_message()
    {
        var sample = ProtocolWarmUp.Sample();

        Assert.Null(ActivityValidation.Problem(sample));
        Assert.Equal(DeliveryModes.ExpectReplies, sample.DeliveryMode);
        var turn = Assert.Single(ActivityTurns.From(sample));
        Assert.Equal(TurnKind.Message, turn.Kind);
        Assert.False(string.IsNullOrWhiteSpace(turn.Text));
    }

    [Fact]
    public async Task The_warm_up_runs_to_the_end()
    {
        await ProtocolWarmUp.RunAsync();
    }
}
