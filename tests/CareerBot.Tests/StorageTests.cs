using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerBot.Conversation;
using CareerBot.Core.State;
using CareerBot.Tests.DirectLine;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests;

/// <summary>CareerBot over its stores, through HTTP: conversations survive a restart with the default SQLite store,
/// an unreachable store is a 503 with Retry-After (never an apology that resets state, never a 500), and readiness
/// tells the store, content and models apart from liveness.</summary>
public sealed class StorageTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "careerbot-storage-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_conversation_continues_after_a_restart_with_the_default_sqlite_store()
    {
        var conversation = "conv-restart-" + Guid.NewGuid().ToString("N");
        var message = BotClient.Message("What salary can I expect as a backend developer?", conversation);
        using (var before = Sqlite())
        using (var client = before.CreateClient())
        {
            Assert.Contains("How many years", Text(Assert.Single(await BotClient.ExpectRepliesAsync(client, message))), StringComparison.Ordinal);
        }

        using var after = Sqlite();
        using var restarted = after.CreateClient();
        message["text"] = "6";
        var answer = Text(Assert.Single(await BotClient.ExpectRepliesAsync(restarted, message)));

        Assert.Contains("6 years", answer, StringComparison.Ordinal);
        Assert.Contains("59,000", answer, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "careerbot.db")));
    }

    [Fact]
    public async Task A_web_chat_conversation_and_its_token_survive_a_restart()
    {
        string conversationId, token;
        string? watermark;
        using (var before = Sqlite(("DirectLine:Secret", DirectLineFactory.Secret)))
        using (var client = before.CreateClient())
        {
            (conversationId, token) = await DirectLineClient.StartAsync(client);
            await DirectLineClient.PostAsync(client, conversationId, token, DirectLineClient.Message("What salary can I expect?"));
            (_, watermark) = await DirectLineClient.GetAsync(client, conversationId, token);
        }

        using var after = Sqlite(("DirectLine:Secret", DirectLineFactory.Secret));
        using var restarted = after.CreateClient();
        await DirectLineClient.PostAsync(restarted, conversationId, token, DirectLineClient.Message("4 years", "client-2"));
        var (activities, _) = await DirectLineClient.GetAsync(restarted, conversationId, token, watermark);

        var texts = activities.Where(a => a.GetProperty("from").GetProperty("role").GetString() == "bot" && a.GetProperty("type").GetString() == "message")
            .Select(Text).ToList();
        Assert.Contains(texts, text => text.Contains("4 years", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreachable_store_answers_503_with_retry_after_and_the_turn_can_be_sent_again()
    {
        var store = new SwitchableStore();
        using var app = new CareerBotFactory().WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IConversationStateStore>(store)));
        using var client = app.CreateClient();
        var message = BotClient.Message("What salary can I expect?", "conv-outage");
        Assert.Contains("How many years", Text(Assert.Single(await BotClient.ExpectRepliesAsync(client, message))), StringComparison.Ordinal);

        store.Down = true;
        message["text"] = "6";
        message["deliveryMode"] = "expectReplies";
        using (var response = await BotClient.PostAsync(client, message))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
            Assert.Equal("ServiceUnavailable", await DirectLineClient.AssertErrorAsync(response, HttpStatusCode.ServiceUnavailable));
        }

        Assert.Empty(store.Deleted);
        store.Down = false;
        var answer = Text(Assert.Single(await BotClient.ExpectRepliesAsync(client, message)));
        Assert.Contains("6 years", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_store_makes_a_web_chat_post_503_too()
    {
        var store = new SwitchableStore();
        using var app = new DirectLineFactory().WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IConversationStateStore>(store)));
        using var client = app.CreateClient();
        var (conversationId, token) = await DirectLineClient.StartAsync(client);

        store.Down = true;
        using var response = await DirectLineClient.SendAsync(client, HttpMethod.Post, $"/conversations/{conversationId}/activities", token, DirectLineClient.Message("hello"));

        Assert.Equal("ServiceUnavailable", await DirectLineClient.AssertErrorAsync(response, HttpStatusCode.ServiceUnavailable));
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Readiness_reports_an_unreachable_store_while_liveness_stays_up()
    {
        var notAFile = Directory.CreateDirectory(Path.Combine(folder, "a-folder")).FullName;
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Storage:ConnectionString", "Data Source=" + notAFile));
        using var client = app.CreateClient();

        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Unhealthy", report.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", report.GetProperty("entries").GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal("Healthy", report.GetProperty("entries").GetProperty("content").GetProperty("status").GetString());
        Assert.DoesNotContain(notAFile, await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", (await live.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readiness_is_reached_once_the_recognizer_models_are_built()
    {
        using var app = new CareerBotFactory();
        using var client = app.CreateClient();

        // Up to three minutes: the models take seconds alone, but far longer while the other test classes' hosts build
        // theirs on the same cores (a bound, not a timing assert).
        JsonElement report = default;
        for (var attempt = 0; attempt < 720; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            report = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                break;
            }

            Assert.Equal("Degraded", report.GetProperty("entries").GetProperty("recognizers").GetProperty("status").GetString());
            await Task.Delay(250);
        }

        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal(["content", "recognizers", "storage"], report.GetProperty("entries").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_provider_stops_start_up_naming_the_setting()
    {
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Storage:Provider", "Mongo"));

        var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("Postgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_without_a_connection_string_stops_start_up_saying_so()
    {
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Storage:Provider", "Postgres").UseSetting("Storage:ConnectionString", ""));

        var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains("Storage:ConnectionString is required", error.Message, StringComparison.Ordinal);
    }

    private static string Text(JsonElement activity) => activity.GetProperty("text").GetString() ?? string.Empty;

    private WebApplicationFactory<Program> Sqlite(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:Provider", "Sqlite");
            builder.UseSetting("Storage:ConnectionString", "Data Source=" + Path.Combine(folder, "careerbot.db"));
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    /// <summary>A memory store that can be made unreachable.</summary>
    private sealed class SwitchableStore : IConversationStateStore
    {
        private readonly MemoryConversationStateStore inner = new();

        public bool Down { get; set; }

        public List<string> Deleted { get; } = [];

        public ValueTask<StoredState> LoadAsync(string conversationId, CancellationToken cancellationToken) =>
            Down ? throw new StorageUnavailableException() : inner.LoadAsync(conversationId, cancellationToken);

        public ValueTask<bool> TrySaveAsync(string conversationId, ConversationState state, string? expectedETag, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken) =>
            Down ? throw new StorageUnavailableException() : inner.TrySaveAsync(conversationId, state, expectedETag, outbox, cancellationToken);

        public ValueTask DeleteAsync(string conversationId, CancellationToken cancellationToken)
        {
            Deleted.Add(conversationId);
            return Down ? throw new StorageUnavailableException() : inner.DeleteAsync(conversationId, cancellationToken);
        }

        public ValueTask<int> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken) =>
            Down ? throw new StorageUnavailableException() : inner.RemoveIdleAsync(idleSince, cancellationToken);
    }
}
