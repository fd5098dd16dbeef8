using System.Text.Json;
using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Ratings;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Tests.Connector;

public sealed class OutboxPayloadTests
{
    private static readonly Activity Answer = ConnectorHarness.Reply("http://127.0.0.1:1/", "conv-1", "The band is €59,000–€73,000.");

    [Fact]
    public void A_labelled_answer_comes_back_with_its_label_and_the_activity_as_it_was()
    {
        var decoded = OutboxPayload.Decode(OutboxPayload.Encode(Answer, new AnswerLabel("salary", "en")));

        Assert.Equal(new AnswerLabel("salary", "en"), decoded!.Value.Label);
        Assert.Equal(
            JsonSerializer.Serialize(Answer, BotJsonContext.Default.Activity),
            JsonSerializer.Serialize(decoded.Value.Activity, BotJsonContext.Default.Activity));
    }

    [Fact]
    public void A_payload_written_before_labels_reads_as_unlabelled()
    {
        var decoded = OutboxPayload.Decode(JsonSerializer.Serialize(Answer, BotJsonContext.Default.Activity));

        Assert.Null(decoded!.Value.Label);
        Assert.Equal(Answer.Text, decoded.Value.Activity.Text);
    }

    [Theory]
    [InlineData("""{"type":"message","careerbot.answer":"salary"}""", "unknown")]
    [InlineData("""{"type":"message","careerbot.answer":{"handledAs":"<b>","language":"en"}}""", "unknown")]
    [InlineData("""{"type":"message","careerbot.answer":{"handledAs":"missions","language":"fr"}}""", "missions")]
    public void A_damaged_label_reads_as_unknown_and_is_never_sent(string payload, string handledAs)
    {
        var decoded = OutboxPayload.Decode(payload);

        Assert.Equal(handledAs, decoded!.Value.Label!.HandledAs);
        Assert.DoesNotContain(OutboxPayload.LabelProperty, JsonSerializer.Serialize(decoded.Value.Activity, BotJsonContext.Default.Activity), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    public void A_payload_that_is_no_activity_is_null(string payload) => Assert.Null(OutboxPayload.Decode(payload));
}
