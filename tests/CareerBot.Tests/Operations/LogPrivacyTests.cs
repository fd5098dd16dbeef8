using System.Collections.Concurrent;
using CareerBot.Conversation;
using CareerBot.Core.State;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.Operations;

/// <summary>Logs never hold what users wrote above Debug, and show pseudonyms instead of conversation and user ids.</summary>
public sealed class LogPrivacyTests
{
    [Fact]
    public async Task A_failed_turn_is_logged_with_a_pseudonym_and_no_text()
    {
        var logs = new CapturedLogs();
        const string conversation = "a:1SecretTeamsConversationOfAlice";
        using var app = new CareerBotFactory().WithWebHostBuilder(b => b
            .ConfigureLogging(logging => logging.AddProvider(logs))
            .ConfigureTestServices(s => s.AddSingleton<IConversationStateStore>(new BrokenStore())));
        using var client = app.CreateClient();

        var replies = await BotClient.ExpectRepliesAsync(client, BotClient.Message("I earn 41,000 and live in Lyon, what is the salary?", conversation));

        Assert.Contains("Sorry", replies[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        var failure = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains(Pseudonym.Of(conversation), failure.Message, StringComparison.Ordinal);
        Assert.All(logs.Entries.Where(e => e.Level > LogLevel.Debug), entry =>
        {
            Assert.DoesNotContain(conversation, entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Lyon", entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("user-id-0", entry.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_pseudonym_is_stable_short_and_not_the_id()
    {
        var pseudonym = Pseudonym.Of("29:1abcdef");

        Assert.Equal(pseudonym, Pseudonym.Of("29:1abcdef"));
        Assert.NotEqual(pseudonym, Pseudonym.Of("29:1abcdeg"));
        Assert.Matches("^[0-9a-f]{12}$", pseudonym);
        Assert.Equal("none", Pseudonym.Of(null));
    }

    private sealed class BrokenStore : IConversationStateStore
    {
        public ValueTask<StoredState> LoadAsync(string conversationId, CancellationToken cancellationToken) => throw new InvalidOperationException("boom");

        public ValueTask<bool> TrySaveAsync(string conversationId, ConversationState state, string? expectedETag, CancellationToken cancellationToken) => throw new InvalidOperationException("boom");

        public ValueTask DeleteAsync(string conversationId, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask<int> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken) => ValueTask.FromResult(0);
    }

    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Queue { get; } = new();

        public IReadOnlyList<(LogLevel Level, string Message)> Entries => [.. Queue];

        public ILogger CreateLogger(string categoryName) => new Logger(Queue);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<(LogLevel, string)> queue) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                queue.Enqueue((logLevel, formatter(state, exception) + " " + exception?.Message));
        }
    }
}
