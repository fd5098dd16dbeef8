using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CareerBot.BotFramework.Adapter;
using CareerBot.BotFramework.Ratings;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Transcripts;
using CareerBot.Core.Dialogs;
using CareerBot.Core.State;
using CareerBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Benchmarks;

/// <summary>A whole turn in process, as <c>POST /api/messages</c> runs one with <c>deliveryMode: expectReplies</c>, less
/// HTTP, validation and authentication: the activity's JSON bytes are read with <see cref="BotJsonContext"/>, the adapter
/// runs the turn into a <see cref="CollectingReplySink"/>, and the <see cref="ExpectedReplies"/> are written as JSON.
/// Each invocation is the first message of a new conversation, cycling through the mixed workload's questions, with
/// the conversation state kept in memory or in a SQLite file (a new one per run, in a temporary folder). The stores
/// grow by one conversation per invocation, as a server's do until idle conversations are swept.</summary>
/// <remarks>Not sealed: BenchmarkDotNet derives its runner from the benchmark class.</remarks>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private const string ConversationPrefix = "benchmark-";
    private const int ConversationDigits = 12;
    private static readonly StandardFormat ConversationFormat = new('D', ConversationDigits);

    private readonly ArrayBufferWriter<byte> output = new();
    private string folder = string.Empty;
    private ServiceProvider services = null!;
    private BotAdapter adapter = null!;
    private ActivityBody[] bodies = [];
    private long conversations;

    /// <summary>Where conversation state is kept.</summary>
    [Params(StorageProvider.Memory, StorageProvider.Sqlite)]
    public StorageProvider Storage { get; set; }

    /// <summary>Builds the adapter as the app wires it (storage from the <c>Storage</c> settings), warms the
    /// recognizers, and checks that each question gets its right answer, so that no wrong path is ever timed.</summary>
    [GlobalSetup]
    public async Task SetUpAsync()
    {
        folder = Directory.CreateTempSubdirectory("careerbot-benchmarks-").FullName;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = Storage.ToString(),
            ["Storage:ConnectionString"] = "Data Source=careerbot.db",
        });
        builder.Services.AddSingleton<TimeProvider>(FixedTimeProvider.Today);
        builder.Services.AddCareerBotStorage(builder.Configuration, builder.Environment);
        services = builder.Services.BuildServiceProvider();
        try
        {
            adapter = CreateAdapter(services.GetRequiredService<IConversationStateStore>());
            bodies = [.. Workload.Questions.Select(ActivityBody.Of)];
            foreach (var question in Workload.Questions)
            {
                await TurnAsync();
                CheckAnswer(question);
            }
        }
        catch
        {
            // BenchmarkDotNet cleans up only after a setup that succeeded.
            await CleanUpAsync();
            throw;
        }
    }

    /// <summary>Closes the store and deletes its temporary folder (the SQLite file).</summary>
    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await services.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>One question of a new conversation: JSON in, turn, JSON out; returns the response's length.</summary>
    [Benchmark]
    public async Task<int> TurnAsync()
    {
        var conversation = conversations++;
        var body = bodies[conversation % bodies.Length];
        Utf8Formatter.TryFormat(conversation, body.Json.AsSpan(body.ConversationAt, ConversationDigits), out _, ConversationFormat);
        var incoming = JsonSerializer.Deserialize(body.Json, BotJsonContext.Default.Activity)!;
        var replies = new CollectingReplySink();
        await adapter.ProcessAsync(incoming, replies, CancellationToken.None);
        output.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(output);
        JsonSerializer.Serialize(writer, new ExpectedReplies(replies.Activities), BotJsonContext.Default.ExpectedReplies);
        return output.WrittenCount;
    }

    private static BotAdapter CreateAdapter(IConversationStateStore store)
    {
        var catalog = Content.Load();
        var engine = new ConversationEngine(catalog, Content.WarmRecognizer(catalog), store);
        return new BotAdapter(engine, new NoTranscripts(), new MemoryFeedbackStore(), new MemoryAnswerLedger(TimeProvider.System), TimeProvider.System, NullLogger<BotAdapter>.Instance);
    }

    private void CheckAnswer(Question question)
    {
        using var response = JsonDocument.Parse(output.WrittenMemory);
        var expected = Plain(question.Expected);
        if (!Strings(response.RootElement).Any(s => Plain(s).Contains(expected, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException(
                $"'{question.Text}' ({question.Locale}) was answered without '{question.Expected}': {Encoding.UTF8.GetString(output.WrittenSpan)}");
        }
    }

    // The workload writes plain spaces and apostrophes where replies may hold no-break spaces (French groups digits with
    // U+202F: "59 000 €") and typographic apostrophes.
    private static string Plain(string text) =>
        new([.. text.Select(c => char.IsWhiteSpace(c) ? ' ' : c == '\u2019' ? '\'' : c)]);

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => Strings(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    /// <summary>The JSON of a question's activity, as the end-to-end drivers send it, and where in it the conversation's
    /// number goes.</summary>
    private sealed record ActivityBody(byte[] Json, int ConversationAt)
    {
        public static ActivityBody Of(Question question)
        {
            var placeholder = ConversationPrefix + new string('0', ConversationDigits);
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Id = "benchmark",
                Timestamp = FixedTimeProvider.Today.GetUtcNow(),
                ChannelId = "emulator",
                ServiceUrl = "http://127.0.0.1:9/",
                From = new ChannelAccount("user"),
                Recipient = new ChannelAccount("bot"),
                Conversation = new ConversationAccount(placeholder),
                Text = question.Text,
                Locale = question.Locale,
                DeliveryMode = DeliveryModes.ExpectReplies,
            };
            var json = JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity);
            var at = json.AsSpan().IndexOf(Encoding.UTF8.GetBytes(placeholder));
            return new ActivityBody(json, at + ConversationPrefix.Length);
        }
    }
}
