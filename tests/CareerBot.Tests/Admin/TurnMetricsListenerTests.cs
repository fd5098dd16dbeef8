using System.Diagnostics.Metrics;
using CareerBot.Admin;
using CareerBot.Admin.Statistics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Tests.Admin;

/// <summary>The listener reads the app's instruments (System.Diagnostics.Metrics) into the statistics: only the known
/// instruments, only its own host's meters, and only while the page is enabled.</summary>
public sealed class TurnMetricsListenerTests : IDisposable
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 3, 14, 9, 0, 30, TimeSpan.Zero));
    private readonly ServiceProvider ownHost = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly ServiceProvider otherHost = new ServiceCollection().AddMetrics().BuildServiceProvider();

    private static IOptions<AdminOptions> Enabled => Options.Create(new AdminOptions { ApiKey = "a-key" });

    [Fact]
    public async Task The_apps_instruments_reach_the_statistics()
    {
        var statistics = new TurnStatistics(time);
        using var listener = new TurnMetricsListener(statistics, Enabled, Factory(ownHost));
        await listener.StartAsync(CancellationToken.None);
        var botFramework = Factory(ownHost).Create(MetricNames.BotFrameworkMeter);
        var conversation = Factory(ownHost).Create(MetricNames.ConversationMeter);
        var turns = botFramework.CreateCounter<long>(MetricNames.Turns);
        var duration = botFramework.CreateHistogram<double>(MetricNames.TurnDuration, "s");
        var rejections = botFramework.CreateCounter<long>(MetricNames.RateLimitRejections);
        var recognition = conversation.CreateHistogram<double>(MetricNames.RecognitionDuration, "s");
        var unrelated = botFramework.CreateCounter<long>("careerbot.something.else");

        turns.Add(1, Tags("msteams", "out-of-scope-role", "fallback", "fr"));
        duration.Record(0.25, Tags("msteams", "out-of-scope-role", "fallback", "fr"));
        recognition.Record(0.004, new KeyValuePair<string, object?>(MetricNames.LanguageTag, "fr"));
        rejections.Add(2, new KeyValuePair<string, object?>(MetricNames.PolicyTag, "conversation"));
        unrelated.Add(100, Tags("msteams", "salary", "answered", "en"));

        var stats = statistics.Snapshot();
        Assert.Equal(1, stats.Turns);
        Assert.Equal(new NamedCount("out-of-scope-role", 1), Assert.Single(stats.Unanswered));
        Assert.Equal(new NamedCount("fr", 1), Assert.Single(stats.Languages));
        Assert.Equal(250, stats.Latency.P50Ms!.Value, 6);
        Assert.Equal(4, stats.Recognition.P50Ms!.Value, 6);
        Assert.Equal(new NamedCount("conversation", 2), Assert.Single(stats.RateLimitRejections));

        await listener.StopAsync(CancellationToken.None);
        turns.Add(1, Tags("msteams", "salary", "answered", "en"));
        Assert.Equal(1, statistics.Snapshot().Turns);
    }

    [Fact]
    public async Task Meters_of_another_hosts_factory_are_ignored()
    {
        var statistics = new TurnStatistics(time);
        using var listener = new TurnMetricsListener(statistics, Enabled, Factory(ownHost));
        await listener.StartAsync(CancellationToken.None);

        Factory(otherHost).Create(MetricNames.BotFrameworkMeter).CreateCounter<long>(MetricNames.Turns).Add(1, Tags("msteams", "salary", "answered", "en"));

        Assert.Equal(0, statistics.Snapshot().Turns);
    }

    [Fact]
    public async Task While_the_page_is_disabled_nothing_is_listened_to()
    {
        var statistics = new TurnStatistics(time);
        using var listener = new TurnMetricsListener(statistics, Options.Create(new AdminOptions()), Factory(ownHost));
        await listener.StartAsync(CancellationToken.None);

        Factory(ownHost).Create(MetricNames.BotFrameworkMeter).CreateCounter<long>(MetricNames.Turns).Add(1, Tags("msteams", "salary", "answered", "en"));

        Assert.Equal(0, statistics.Snapshot().Turns);
    }

    public void Dispose()
    {
        ownHost.Dispose();
        otherHost.Dispose();
    }

    private static IMeterFactory Factory(IServiceProvider host) => host.GetRequiredService<IMeterFactory>();

    private static KeyValuePair<string, object?>[] Tags(string channel, string intent, string outcome, string language) =>
    [
        new(MetricNames.ChannelTag, channel),
        new(MetricNames.IntentTag, intent),
        new(MetricNames.OutcomeTag, outcome),
        new(MetricNames.LanguageTag, language),
    ];
}
