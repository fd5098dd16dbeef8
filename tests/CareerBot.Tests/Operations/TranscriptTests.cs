using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Transcripts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Operations;

/// <summary>Transcripts: off by default; when on, each conversation is a .transcript file — a JSON array of activities
/// the Emulator opens — with the user's activities and the bot's replies in order; old ones are deleted.</summary>
public sealed class TranscriptTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "careerbot-transcripts-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_conversation_is_written_as_a_transcript_that_opens_back_as_its_activities()
    {
        using var app = Enabled();
        using var client = app.CreateClient();
        var conversation = "a:1Xy-" + Guid.NewGuid().ToString("N") + ";messageid=42";
        await BotClient.ExpectRepliesAsync(client, BotClient.Message("What salary can I expect?", conversation));
        await BotClient.ExpectRepliesAsync(client, BotClient.Message("7 years", conversation));

        var file = Assert.Single(Directory.GetFiles(folder, "*.transcript"));
        Assert.Equal(app.Services.GetRequiredService<FileTranscriptLogger>().FileOf("msteams", conversation), file);
        using var array = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        var activities = array.RootElement.EnumerateArray().Select(element => element.Deserialize(BotJsonContext.Default.Activity)!).ToList();

        Assert.Equal(["user", "bot", "user", "bot"], activities.Select(a => a.From?.Id == "user-id-0" ? "user" : "bot"));
        Assert.Equal("What salary can I expect?", activities[0].Text);
        Assert.Contains("How many years", activities[1].Text, StringComparison.Ordinal);
        Assert.Contains("7 years", activities[3].Text, StringComparison.Ordinal);
        Assert.All(activities, a => Assert.Equal(conversation, a.Conversation?.Id));
    }

    [Fact]
    public async Task Transcripts_older_than_the_retention_are_deleted()
    {
        using var app = Enabled();
        using var client = app.CreateClient();
        await BotClient.ExpectRepliesAsync(client, BotClient.Message("hello", "conv-old"));
        await BotClient.ExpectRepliesAsync(client, BotClient.Message("hello", "conv-new"));
        var logger = app.Services.GetRequiredService<FileTranscriptLogger>();
        File.SetLastWriteTimeUtc(logger.FileOf("msteams", "conv-old"), DateTime.UtcNow.AddDays(-31));

        var removed = app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<TranscriptSweeper>().Single().Sweep();

        Assert.Equal(1, removed);
        Assert.False(File.Exists(logger.FileOf("msteams", "conv-old")));
        Assert.True(File.Exists(logger.FileOf("msteams", "conv-new")));
    }

    [Fact]
    public async Task Nothing_is_written_by_default()
    {
        using var app = new CareerBotFactory().WithWebHostBuilder(b => b.UseSetting("Transcripts:Path", folder));
        using var client = app.CreateClient();

        await BotClient.ExpectRepliesAsync(client, BotClient.Message("hello", "conv-default"));

        Assert.IsType<NoTranscripts>(app.Services.GetRequiredService<ITranscriptLogger>());
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any());
    }

    private WebApplicationFactory<Program> Enabled() =>
        new CareerBotFactory().WithWebHostBuilder(b => b.UseSetting("Transcripts:Enabled", "true").UseSetting("Transcripts:Path", folder));
}
