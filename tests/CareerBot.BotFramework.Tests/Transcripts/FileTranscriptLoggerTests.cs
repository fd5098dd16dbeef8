using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Tests.Connector;
using CareerBot.BotFramework.Transcripts;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Tests.Transcripts;

/// <summary>Transcripts hold what users wrote: readable by the service account only, and bounded per conversation and
/// in all, whatever a client posts.</summary>
public sealed class FileTranscriptLoggerTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "careerbot-transcripts-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly LogCollector logs = new();

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Files_are_0600_in_a_0700_folder()
    {
        var transcripts = Create(new TranscriptOptions());

        await transcripts.LogAsync(Message("conv-1", "hello"), CancellationToken.None);

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(transcripts.Folder));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(transcripts.FileOf("msteams", "conv-1")));
        }
    }

    [Fact]
    public async Task A_transcript_stops_growing_at_its_limit_still_a_valid_array_and_says_so_once()
    {
        // Today transcripts grew at about 58 MB/s from anonymous posts.
        var transcripts = Create(new TranscriptOptions { MaxFileBytes = 4096 });

        for (var i = 0; i < 100; i++)
        {
            await transcripts.LogAsync(Message("conv-big", new string('x', 500)), CancellationToken.None);
        }

        var file = transcripts.FileOf("msteams", "conv-big");
        Assert.InRange(new FileInfo(file).Length, 1, 4096);
        Assert.InRange(JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetArrayLength(), 1, 7);
        Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("MaxFileBytes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task All_transcripts_together_stop_at_their_limit()
    {
        var transcripts = Create(new TranscriptOptions { MaxTotalBytes = 10_000 });

        for (var i = 0; i < 100; i++)
        {
            await transcripts.LogAsync(Message($"conv-{i}", new string('x', 500)), CancellationToken.None);
        }

        var total = Directory.EnumerateFiles(transcripts.Folder).Sum(f => new FileInfo(f).Length);
        Assert.InRange(total, 1, 10_000);
        Assert.Equal(total, transcripts.TotalBytes);
        Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("MaxTotalBytes", StringComparison.Ordinal));
    }

    private FileTranscriptLogger Create(TranscriptOptions options)
    {
        options.Path = folder;
        var factory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        return new FileTranscriptLogger(Options.Create(options), new HostingEnvironment { ContentRootPath = folder }, factory.CreateLogger<FileTranscriptLogger>());
    }

    private static Activity Message(string conversationId, string text) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Conversation = new ConversationAccount(conversationId),
        From = new ChannelAccount("user-1"),
        Text = text,
    };
}
