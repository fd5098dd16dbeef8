using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>The real registration (<c>AddBotFramework</c>) over in-memory settings, with a log collector and a login
/// client that trusts <see cref="LoopbackCertificate"/>, and an outbox in memory for the deliverer. Retry delays and the
/// poll are tiny unless a test sets them.</summary>
public sealed class ConnectorHarness : IDisposable
{
    private readonly ServiceProvider provider;

    private ConnectorHarness(ServiceProvider provider, LogCollector logs)
    {
        this.provider = provider;
        Logs = logs;
    }

    /// <summary>What was logged.</summary>
    public LogCollector Logs { get; }

    /// <summary>The connector client, as the adapter gets it.</summary>
    public IConnectorClient Client => provider.GetRequiredService<IConnectorClient>();

    /// <summary>The outbox the deliverer reads.</summary>
    public FakeOutbox Outbox => (FakeOutbox)provider.GetRequiredService<IReplyOutbox>();

    /// <summary>The services (the answer ledger…).</summary>
    public IServiceProvider Services => provider;

    /// <summary>The deliverer (not started: start and stop it in the test).</summary>
    public ReplyDeliverer Deliverer => provider.GetServices<IHostedService>().OfType<ReplyDeliverer>().Single();

    /// <summary>Adds <paramref name="activities"/> to the outbox, each in its conversation, and wakes the deliverer.</summary>
    public async Task EnqueueAsync(params Activity[] activities)
    {
        foreach (var activity in activities)
        {
            await provider.GetRequiredService<ConnectorOutbox>().SendAsync(activity, CancellationToken.None);
        }
    }

    /// <summary>Builds the services from <paramref name="settings"/> (on top of the test defaults).</summary>
    public static ConnectorHarness Create(IDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Connector:RetryDelay"] = "00:00:00.010",
            ["Connector:MaxRetryDelay"] = "00:00:00.100",
            ["Connector:AttemptTimeout"] = "00:00:05",
            ["Connector:PollInterval"] = "00:00:00.050",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var logs = new LogCollector();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs));
        services.AddSingleton<IReplyOutbox>(new FakeOutbox(TimeProvider.System));
        services.AddBotFramework(configuration);
        services.AddHttpClient(MsalHttpClientFactory.LoginHttpClient).ConfigurePrimaryHttpMessageHandler(LoopbackCertificate.TrustingHandler);
        return new ConnectorHarness(services.BuildServiceProvider(), logs);
    }

    /// <summary>A reply in conversation <paramref name="conversationId"/> to <paramref name="serviceUrl"/>.</summary>
    public static Activity Reply(string serviceUrl, string conversationId = "conv-1", string text = "Hello") => new()
    {
        Type = "message",
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount(conversationId),
        ReplyToId = "activity-1",
        Text = text,
    };

    /// <summary>The warnings and errors that name <paramref name="conversationId"/> — by its pseudonym, as logs do.</summary>
    public IReadOnlyList<LogEntry> ProblemsWith(string conversationId) =>
        [.. Logs.Entries.Where(entry => entry.Level >= LogLevel.Warning
            && entry.Values.TryGetValue("Conversation", out var id) && Equals(id, Pseudonym.Of(conversationId)))];

    /// <inheritdoc />
    public void Dispose() => provider.Dispose();
}
