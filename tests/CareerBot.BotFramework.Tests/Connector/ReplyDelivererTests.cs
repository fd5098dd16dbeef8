using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text.Json;
using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Ratings;
using CareerBot.BotFramework.Telemetry;
using CareerBot.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>The outbox's deliverer against a misbehaving fake Bot Connector on 127.0.0.1: every reply arrives once, in
/// its conversation's order, through closed connections, 500s, throttling and long outages; one it cannot deliver is
/// given up once, counted and logged.</summary>
public sealed class ReplyDelivererTests
{
    [Fact]
    public async Task A_reply_whose_connection_was_closed_is_sent_again_and_arrives_once()
    {
        await using var connector = await FakeServer.StartAsync((context, number) =>
        {
            if (number == 1)
            {
                context.Abort();
                return Task.CompletedTask;
            }

            return ConnectorClientTests.Created(context);
        });
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        await DeliverAsync(harness, ConnectorHarness.Reply(connector.Url, "conv-closed"));

        Assert.Equal(2, connector.Received.Count);
        Assert.Equal([1L], harness.Outbox.Removed);
    }

    [Theory]
    [InlineData(StatusCodes.Status500InternalServerError)]
    [InlineData(StatusCodes.Status503ServiceUnavailable)]
    [InlineData(StatusCodes.Status429TooManyRequests)]
    public async Task A_connector_failing_longer_than_three_retries_gets_the_reply_once_it_recovers(int status)
    {
        // Today's bot gave up after 3 retries (and never retried a 500): 8 attempts fail here.
        await using var connector = await FakeServer.StartAsync((context, number) =>
            number <= 8 ? ConnectorClientTests.Status(context, status) : ConnectorClientTests.Created(context));
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        await DeliverAsync(harness, ConnectorHarness.Reply(connector.Url, "conv-recovers"));

        Assert.Equal(9, connector.Received.Count);
        Assert.Equal(8, harness.Outbox.Postponed);
        Assert.Single(harness.Outbox.Removed);
        Assert.Empty(harness.ProblemsWith("conv-recovers"));
    }

    [Fact]
    public async Task A_429_with_Retry_After_waits_as_long_as_asked_before_the_next_attempt()
    {
        // Without Retry-After the next attempt would be due after about 10 ms (Connector:RetryDelay here).
        await using var connector = await FakeServer.StartAsync((context, _) =>
            ConnectorClientTests.Status(context, StatusCodes.Status429TooManyRequests, retryAfter: "30"));
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());
        await harness.EnqueueAsync(ConnectorHarness.Reply(connector.Url, "conv-throttled"));
        await harness.Deliverer.StartAsync(CancellationToken.None);
        try
        {
            Assert.True(await harness.Outbox.WaitUntilPostponedAsync(1, 20), "the reply is postponed");
        }
        finally
        {
            await harness.Deliverer.StopAsync(CancellationToken.None);
        }

        Assert.Single(connector.Received);
        Assert.InRange(Assert.Single(harness.Outbox.Waits), TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(30));
        Assert.Equal(1, await harness.Outbox.CountAsync(default));
    }

    [Fact]
    public async Task A_slow_connector_gets_one_attempt_not_a_copy_per_timeout()
    {
        // Today's 10 s per-attempt timeout sent a reply three times to a connector taking 12 s. An attempt now lasts up
        // to Connector:AttemptTimeout (60 s by default; 5 s here) and nothing is sent again meanwhile.
        await using var connector = await FakeServer.StartAsync(async (context, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await ConnectorClientTests.Created(context);
        });
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        await DeliverAsync(harness, ConnectorHarness.Reply(connector.Url, "conv-slow"));

        Assert.Single(connector.Received);
    }

    [Fact]
    public async Task Replies_of_a_conversation_arrive_in_order_when_the_first_is_retried()
    {
        var failures = 0;
        await using var connector = await FakeServer.StartAsync((context, _) => Text(context) == "first" && Interlocked.Increment(ref failures) <= 3
            ? ConnectorClientTests.Status(context, StatusCodes.Status503ServiceUnavailable)
            : ConnectorClientTests.Created(context));
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        await DeliverAsync(
            harness,
            ConnectorHarness.Reply(connector.Url, "conv-order", "first"),
            ConnectorHarness.Reply(connector.Url, "conv-order", "second"),
            ConnectorHarness.Reply(connector.Url, "conv-other", "elsewhere"));

        var texts = connector.Received.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("text").GetString()).ToList();
        Assert.Equal(["first", "first", "first", "first", "second"], texts.Where(t => t != "elsewhere"));
        Assert.Single(texts, "elsewhere");
    }

    [Fact]
    public async Task A_refused_reply_is_given_up_at_once_counted_by_reason_and_logged_once()
    {
        await using var connector = await FakeServer.StartAsync((context, _) => ConnectorClientTests.Status(context, StatusCodes.Status403Forbidden));
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());
        using var failures = new FailureCounter();

        await DeliverAsync(harness, ConnectorHarness.Reply(connector.Url, "conv-refused"));

        Assert.Single(connector.Received);
        var problem = Assert.Single(harness.ProblemsWith("conv-refused"));
        Assert.Equal(ConnectorReasons.Refused, problem.Values["Reason"]);
        Assert.Equal(403, problem.Values["StatusCode"]);
        Assert.True(failures.Of(ConnectorReasons.Refused) >= 1);
    }

    [Fact]
    public async Task A_reply_still_failing_after_the_delivery_time_is_given_up_once()
    {
        await using var connector = await FakeServer.StartAsync((context, _) => ConnectorClientTests.Status(context, StatusCodes.Status502BadGateway));
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>
        {
            ["Connector:AttemptTimeout"] = "00:00:01",
            ["Connector:MaxDeliveryTime"] = "00:00:01.500",
        });
        using var failures = new FailureCounter();

        await DeliverAsync(harness, ConnectorHarness.Reply(connector.Url, "conv-outage"));

        Assert.True(connector.Received.Count >= 2, $"{connector.Received.Count} attempts: the reply was not retried"); // how many depends on the machine
        var problem = Assert.Single(harness.ProblemsWith("conv-outage"));
        Assert.Equal(ConnectorReasons.Unavailable, problem.Values["Reason"]);
        Assert.True(failures.Of(ConnectorReasons.Unavailable) >= 1);
    }

    [Fact]
    public async Task At_shutdown_the_attempt_in_flight_finishes_and_its_reply_is_delivered()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connector = await FakeServer.StartAsync(async (context, _) =>
        {
            arrived.TrySetResult();
            await Task.Delay(TimeSpan.FromSeconds(1));
            await ConnectorClientTests.Created(context);
        });
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());
        await harness.EnqueueAsync(ConnectorHarness.Reply(connector.Url, "conv-shutdown"));
        await harness.Deliverer.StartAsync(CancellationToken.None);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await harness.Deliverer.StopAsync(CancellationToken.None);

        Assert.Equal(0, await harness.Outbox.CountAsync(default));
        Assert.Single(harness.Outbox.Removed);
    }

    [Fact]
    public void The_backoff_doubles_up_to_its_ceiling_and_yields_to_a_longer_Retry_After()
    {
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>
        {
            ["Connector:RetryDelay"] = "00:00:01",
            ["Connector:MaxRetryDelay"] = "00:01:00",
        });
        var deliverer = harness.Deliverer;

        Assert.InRange(deliverer.Backoff(1, null), TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1.2));
        Assert.InRange(deliverer.Backoff(4, null), TimeSpan.FromSeconds(6.4), TimeSpan.FromSeconds(9.6));
        Assert.InRange(deliverer.Backoff(30, null), TimeSpan.FromSeconds(48), TimeSpan.FromSeconds(72));
        Assert.Equal(TimeSpan.FromSeconds(30), deliverer.Backoff(1, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_rated_answer_is_recorded_with_the_id_the_connector_gave_it_and_its_label_is_never_sent()
    {
        await using var connector = await FakeServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = StatusCodes.Status201Created;
            return context.Response.WriteAsJsonAsync(new { id = "1:teams-message-7" });
        });
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());
        var answer = ConnectorHarness.Reply(connector.Url, "conv-rated");
        await harness.Outbox.EnqueueAsync("conv-rated", [new OutboxMessage(OutboxPayload.Encode(answer, new AnswerLabel("salary", "fr")))], CancellationToken.None);
        await harness.Outbox.EnqueueAsync("conv-rated", [new OutboxMessage(OutboxPayload.Encode(answer, null))], CancellationToken.None);

        await harness.Deliverer.StartAsync(CancellationToken.None);
        try
        {
            Assert.True(await harness.Outbox.WaitUntilEmptyAsync(20), "the outbox is emptied");
        }
        finally
        {
            await harness.Deliverer.StopAsync(CancellationToken.None);
        }

        var ledger = harness.Services.GetRequiredService<IAnswerLedger>();
        Assert.Equal(new AnswerLabel("salary", "fr"), await ledger.FindAsync("conv-rated", "1:teams-message-7", CancellationToken.None));
        Assert.All(connector.Received, request => Assert.DoesNotContain(OutboxPayload.LabelProperty, request.Body, StringComparison.Ordinal));
        Assert.Equal(2, connector.Received.Count);
    }

    private static async Task DeliverAsync(ConnectorHarness harness, params CareerBot.BotFramework.Schema.Activity[] replies)
    {
        await harness.EnqueueAsync(replies);
        await harness.Deliverer.StartAsync(CancellationToken.None);
        try
        {
            Assert.True(await harness.Outbox.WaitUntilEmptyAsync(20), "the outbox is emptied");
        }
        finally
        {
            await harness.Deliverer.StopAsync(CancellationToken.None);
        }
    }

    private static string? Text(HttpContext context) =>
        JsonDocument.Parse(context.Items["body"] as string ?? "{}").RootElement.TryGetProperty("text", out var text) ? text.GetString() : null;

    /// <summary>Counts <c>careerbot.connector.failures</c> by reason while it lives (every test of the process counts:
    /// the tests look for at least their own).</summary>
    private sealed class FailureCounter : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly ConcurrentDictionary<string, long> counts = new(StringComparer.Ordinal);

        public FailureCounter()
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == BotTelemetry.Name && instrument.Name == BotTelemetry.Instruments.ConnectorFailures)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == BotTelemetry.Tags.Reason && tag.Value is string reason)
                    {
                        counts.AddOrUpdate(reason, value, (_, total) => total + value);
                    }
                }
            });
            listener.Start();
        }

        public long Of(string reason) => counts.GetValueOrDefault(reason);

        public void Dispose() => listener.Dispose();
    }
}
