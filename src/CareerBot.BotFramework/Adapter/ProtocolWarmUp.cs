using System.IO.Pipelines;
using System.Security.Cryptography;
using System.Text.Json;
using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;

namespace CareerBot.BotFramework.Adapter;

/// <summary>Runs the protocol's per-turn code once, on a sample activity and a sample reply, with no side effect: no
/// turn, no state, no metric, no log. The first request after start otherwise pays for the JIT to compile it (the JSON
/// serializer's code for each activity type, and the generic code under it, which ReadyToRun images cannot hold since it
/// belongs to the framework): measured, the first turn took about 0.45 s more than the second, over half of it in the
/// JIT. A host runs this in the background at start-up.</summary>
public static class ProtocolWarmUp
{
    // What a channel sends (the Emulator's and Web Chat's shape: entities, channel data, expectReplies), in a UTF-8
    // literal: read as the request body is, from bytes.
    private static ReadOnlySpan<byte> SampleActivity => """
        {"type":"message","id":"warm-up-1","timestamp":"2026-01-01T00:00:00.000Z","localTimestamp":"2026-01-01T01:00:00.000+01:00",
         "localTimezone":"Europe/Paris","serviceUrl":"http://127.0.0.1:1","channelId":"emulator",
         "from":{"id":"warm-up-user","name":"User","role":"user"},"conversation":{"id":"warm-up-conversation"},
         "recipient":{"id":"warm-up-bot","name":"Bot","role":"bot"},"textFormat":"plain","locale":"en-US",
         "text":"Hello, a question with a few words in it.","deliveryMode":"expectReplies",
         "entities":[{"type":"ClientCapabilities","requiresBotState":true,"supportsListening":true,"supportsTts":true}],
         "channelData":{"clientActivityID":"warm-up"},"attachments":[]}
        """u8;

    /// <summary>Reads the sample activity, turns it into turns, builds reply activities (text, suggested actions, an
    /// Adaptive Card, a citation, a typing indicator) and writes them as the <c>expectReplies</c> response is written;
    /// hashes a key as the rate limiter does (the first use of SHA-256 loads the system's crypto library).</summary>
    public static async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var incoming = Sample();
        _ = ActivityValidation.Problem(incoming);
        _ = ActivityTurns.From(incoming);

        var card = new TableCard("Title", ["Column", "Another"], [new TableRow(["A cell", "€1,000"], Highlighted: true)], "Note", null);
        var replies = new List<Activity>
        {
            ReplyActivities.Typing(incoming),
            ReplyActivities.Create(incoming, new Reply("**Bold** and a list:\n\n- one\n- two", [new SuggestedAction("Button", "button")], card)),
            ReplyActivities.Create(incoming, new Reply("Plain text.")),
            ReplyActivities.Create(incoming with { ChannelId = "msteams" }, new Reply("Cited.", [], null, new Citation("Title", "Abstract", null, "Source: *Title*"))),
        };

        // As Results.Json writes a response: asynchronously, to a pipe.
        var pipe = PipeWriter.Create(Stream.Null);
        await JsonSerializer.SerializeAsync(pipe, new ExpectedReplies(replies), BotJsonContext.Default.ExpectedReplies, cancellationToken);
        await pipe.CompleteAsync();

        _ = SHA256.HashData("warm-up"u8);
    }

    /// <summary>The sample activity, read from its JSON.</summary>
    internal static Activity Sample() => JsonSerializer.Deserialize(SampleActivity, BotJsonContext.Default.Activity)
        ?? throw new InvalidOperationException("The warm-up activity did not parse.");
}
