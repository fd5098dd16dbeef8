using System.Collections.Concurrent;
using System.Diagnostics;
using CareerBot.BotFramework.Telemetry;
using CareerBot.Core.Telemetry;

namespace CareerBot.Tests.Operations;

/// <summary>Traces: a span per turn with channel, intent, outcome and locale, and child spans for recognition and
/// state; no tag holds the user's text.</summary>
public sealed class TraceTests : IClassFixture<CareerBotFactory>
{
    private readonly CareerBotFactory factory;

    public TraceTests(CareerBotFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task A_turn_is_a_span_with_recognition_and_state_spans_under_it_and_no_text()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is BotTelemetry.Name or ConversationTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var client = factory.CreateClient();
        const string conversation = "conv-trace-7f3a";

        await BotClient.ExpectRepliesAsync(client, BotClient.Message("What is the salary with 12 years in Marseille?", conversation));

        var mine = spans.Where(s => s.GetTagItem(BotTelemetry.Tags.Channel) is "msteams" && s.OperationName == "careerbot.turn"
            && spans.Any(child => child.ParentSpanId == s.SpanId)).ToList();
        var turn = Assert.Single(mine);
        Assert.Equal("salary", turn.GetTagItem(BotTelemetry.Tags.Intent));
        Assert.Equal("answered", turn.GetTagItem(BotTelemetry.Tags.Outcome));
        Assert.Equal("en-US", turn.GetTagItem(BotTelemetry.Tags.Locale));
        var children = spans.Where(s => s.ParentSpanId == turn.SpanId).Select(s => s.OperationName).ToList();
        Assert.Contains("careerbot.recognize", children);
        Assert.Contains("careerbot.state.load", children);
        Assert.Contains("careerbot.state.save", children);
        Assert.All(spans.SelectMany(s => s.TagObjects), tag =>
        {
            var value = Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            Assert.DoesNotContain("Marseille", value, StringComparison.Ordinal);
            Assert.DoesNotContain(conversation, value, StringComparison.Ordinal);
        });
    }
}
