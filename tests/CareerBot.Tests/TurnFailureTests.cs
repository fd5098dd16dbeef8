using System.Net;
using CareerBot.Core.State;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests;

/// <summary>A turn that fails is logged, its state reset, an apology sent, and HTTP stays 200 (the SDK's OnTurnError).
/// A slow turn shows a typing indicator first.</summary>
public sealed class TurnFailureTests : IClassFixture<CareerBotFactory>
{
    private readonly CareerBotFactory factory;

    public TurnFailureTests(CareerBotFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task A_failing_turn_apologises_resets_the_state_and_answers_200_with_a_trace_on_the_emulator()
    {
        var store = new FailingStore();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IConversationStateStore>(store)));
        using var client = app.CreateClient();
        var message = BotClient.Message("what salary can I expect?", conversationId: "conv-fail");
        message["channelId"] = "emulator";
        Assert.Contains("How many years", Assert.Single(await BotClient.ExpectRepliesAsync(client, message)).GetProperty("text").GetString(), StringComparison.Ordinal);

        store.FailNextSave = true;
        message["text"] = "6";
        var replies = await BotClient.ExpectRepliesAsync(client, message);

        Assert.Equal(2, replies.Count);
        Assert.Contains("Sorry, something went wrong", replies[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("trace", replies[1].GetProperty("type").GetString());
        Assert.Contains("conv-fail", store.Deleted);

        message["channelId"] = "msteams";
        store.FailNextSave = true;
        message["text"] = "what is the salary?";
        var teamsReplies = await BotClient.ExpectRepliesAsync(client, message);
        Assert.Single(teamsReplies);
    }

    [Fact]
    public async Task A_slow_turn_sends_typing_before_the_answer()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => SlowEngine.Decorate(s)));
        using var client = app.CreateClient();

        using var response = await BotClient.PostAsync(client, BotClient.Message("what are the missions?", conversationId: "conv-slow", serviceUrl: connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = await connector.WaitForAsync(2);
        Assert.Equal(["typing", "message"], received.Select(r => r.Body.GetProperty("type").GetString()));
    }

    private sealed class FailingStore : IConversationStateStore
    {
        private readonly MemoryConversationStateStore inner = new();

        public bool FailNextSave { get; set; }

        public List<string> Deleted { get; } = [];

        public ValueTask<StoredState> LoadAsync(string conversationId, CancellationToken cancellationToken) => inner.LoadAsync(conversationId, cancellationToken);

        public ValueTask<bool> TrySaveAsync(string conversationId, ConversationState state, string? expectedETag, CancellationToken cancellationToken)
        {
            if (FailNextSave)
            {
                FailNextSave = false;
                throw new InvalidOperationException("The store is down.");
            }

            return inner.TrySaveAsync(conversationId, state, expectedETag, cancellationToken);
        }

        public ValueTask DeleteAsync(string conversationId, CancellationToken cancellationToken)
        {
            Deleted.Add(conversationId);
            return inner.DeleteAsync(conversationId, cancellationToken);
        }

        public ValueTask<int> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken) => inner.RemoveIdleAsync(idleSince, cancellationToken);
    }
}
