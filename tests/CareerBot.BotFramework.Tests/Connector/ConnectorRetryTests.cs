using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>The connector's resilience against a fake Bot Connector on 127.0.0.1 (anonymous mode, so loopback is allowed).</summary>
public sealed class ConnectorRetryTests
{
    [Fact]
    public async Task A_429_with_Retry_After_in_seconds_is_retried_after_that_wait_and_delivered()
    {
        await using var connector = await FakeServer.StartAsync((context, number) => number == 1
            ? Status(context, StatusCodes.Status429TooManyRequests, retryAfter: "1")
            : Created(context));
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        Assert.True(await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url), CancellationToken.None));

        var requests = connector.Received;
        Assert.Equal(2, requests.Count);
        // Timers count whole milliseconds of a coarser clock than the Stopwatch, so a 1 s wait may end a hair early by
        // it; without Retry-After the retry would come after the harness's 10 ms.
        Assert.True(requests[1].Since(requests[0]) >= TimeSpan.FromMilliseconds(990), $"retried after {requests[1].Since(requests[0])}");
    }

    [Fact]
    public async Task A_503_with_Retry_After_as_a_date_is_retried_no_earlier_than_that_date()
    {
        DateTimeOffset? retryAt = null;
        await using var connector = await FakeServer.StartAsync((context, number) =>
        {
            if (number > 1)
            {
                return Created(context);
            }

            // HTTP dates have whole seconds: the date is at least one second ahead.
            var now = DateTimeOffset.UtcNow;
            retryAt = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(2);
            return Status(context, StatusCodes.Status503ServiceUnavailable, retryAfter: retryAt.Value.ToString("R", CultureInfo.InvariantCulture));
        });
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        Assert.True(await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url), CancellationToken.None));

        var requests = connector.Received;
        Assert.Equal(2, requests.Count);
        // The client's delay runs on the monotonic clock and the date on the wall clock: allow their drift.
        Assert.True(requests[1].WallClock >= retryAt!.Value.AddMilliseconds(-50), $"retried at {requests[1].WallClock:O}, Retry-After {retryAt:O}");
    }

    [Theory]
    [InlineData(StatusCodes.Status412PreconditionFailed)]
    [InlineData(StatusCodes.Status429TooManyRequests)]
    [InlineData(StatusCodes.Status502BadGateway)]
    [InlineData(StatusCodes.Status503ServiceUnavailable)]
    [InlineData(StatusCodes.Status504GatewayTimeout)]
    public async Task A_transient_status_is_retried(int status)
    {
        await using var connector = await FakeServer.StartAsync((context, number) => number == 1 ? Status(context, status) : Created(context));
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        Assert.True(await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url), CancellationToken.None));

        Assert.Equal(2, connector.Received.Count);
    }

    [Theory]
    [InlineData(StatusCodes.Status400BadRequest)]
    [InlineData(StatusCodes.Status401Unauthorized)]
    [InlineData(StatusCodes.Status403Forbidden)]
    [InlineData(StatusCodes.Status404NotFound)]
    [InlineData(StatusCodes.Status413PayloadTooLarge)]
    [InlineData(StatusCodes.Status500InternalServerError)]
    public async Task Any_other_failure_is_not_retried_and_is_logged_with_the_conversation(int status)
    {
        await using var connector = await FakeServer.StartAsync((context, _) => Status(context, status));
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        Assert.False(await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url, "conv-fail"), CancellationToken.None));

        Assert.Single(connector.Received);
        var problem = Assert.Single(harness.ProblemsWith("conv-fail"));
        Assert.Equal(status, problem.Values["StatusCode"]);
    }

    [Fact]
    public async Task A_503_forever_is_retried_a_bounded_number_of_times_then_logged()
    {
        await using var connector = await FakeServer.StartAsync((context, _) => Status(context, StatusCodes.Status503ServiceUnavailable));
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?> { ["Connector:MaxRetryAttempts"] = "3" });

        Assert.False(await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url, "conv-503"), CancellationToken.None));

        Assert.Equal(4, connector.Received.Count);
        var problem = Assert.Single(harness.ProblemsWith("conv-503"));
        Assert.Equal(503, problem.Values["StatusCode"]);
    }

    [Fact]
    public async Task A_connector_that_never_answers_is_timed_out_per_attempt_retried_then_given_up()
    {
        await using var connector = await FakeServer.StartAsync(async (context, _) =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The bot gave up on this attempt.
            }
        });
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>
        {
            ["Connector:AttemptTimeout"] = "00:00:00.500",
            ["Connector:MaxRetryAttempts"] = "2",
        });

        Assert.False(await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url, "conv-slow"), CancellationToken.None));

        Assert.Equal(3, connector.Received.Count);
        var problem = Assert.Single(harness.ProblemsWith("conv-slow"));
        Assert.Contains("timed out", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_total_timeout_bounds_the_retries()
    {
        await using var connector = await FakeServer.StartAsync((context, _) => Status(context, StatusCodes.Status429TooManyRequests, retryAfter: "60"));
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?> { ["Connector:Timeout"] = "00:00:02" });

        Assert.False(await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url, "conv-total"), CancellationToken.None));

        Assert.Single(connector.Received);
        Assert.Contains("timed out", Assert.Single(harness.ProblemsWith("conv-total")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_over_100_KB_is_not_sent_and_is_logged()
    {
        await using var connector = await FakeServer.StartAsync((context, _) => Created(context));
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        var large = ConnectorHarness.Reply(connector.Url, "conv-large", new string('x', 100 * 1024));
        Assert.False(await harness.Client.SendAsync(large, CancellationToken.None));
        Assert.True(await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url, "conv-large", new string('x', 90 * 1024)), CancellationToken.None));

        Assert.Single(connector.Received);
        Assert.Contains("limit", Assert.Single(harness.ProblemsWith("conv-large")).Message, StringComparison.Ordinal);
    }

    internal static Task Created(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status201Created;
        return context.Response.WriteAsJsonAsync(new { id = Guid.NewGuid().ToString() });
    }

    private static Task Status(HttpContext context, int status, string? retryAfter = null)
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        return context.Response.WriteAsJsonAsync(new { error = new { code = "Failure", message = "The fake connector says no." } });
    }
}
