using System.Globalization;
using CareerBot.BotFramework.Connector;
using Microsoft.AspNetCore.Http;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>One attempt to post an activity, against a fake Bot Connector on 127.0.0.1: what each answer of the
/// connector means (delivered, to retry, to give up), and that an attempt is never repeated by the client itself.</summary>
public sealed class ConnectorClientTests
{
    [Fact]
    public async Task A_created_answer_is_delivered()
    {
        await using var connector = await FakeServer.StartAsync((context, _) => Created(context));
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        var attempt = await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Delivered, attempt.Outcome);
        Assert.True(Guid.TryParse(attempt.Id, out _), "the id the connector gave the activity is read");
        Assert.Single(connector.Received);
    }

    [Theory]
    [InlineData(201, "")]
    [InlineData(202, "")]
    [InlineData(200, "not json")]
    [InlineData(200, "{\"id\":42}")]
    [InlineData(200, "[]")]
    public async Task An_answer_with_no_readable_id_is_delivered_all_the_same(int status, string body)
    {
        await using var connector = await FakeServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = status;
            return context.Response.WriteAsync(body);
        });
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        var attempt = await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url), CancellationToken.None);

        Assert.Equal(ConnectorAttempt.Delivered, attempt);
    }

    [Theory]
    [InlineData(StatusCodes.Status429TooManyRequests, ConnectorReasons.Throttled)]
    [InlineData(StatusCodes.Status412PreconditionFailed, ConnectorReasons.Throttled)]
    [InlineData(StatusCodes.Status502BadGateway, ConnectorReasons.Unavailable)]
    [InlineData(StatusCodes.Status503ServiceUnavailable, ConnectorReasons.Unavailable)]
    [InlineData(StatusCodes.Status504GatewayTimeout, ConnectorReasons.Unavailable)]
    [InlineData(StatusCodes.Status500InternalServerError, ConnectorReasons.ServerError)]
    [InlineData(StatusCodes.Status408RequestTimeout, ConnectorReasons.ServerError)]
    public async Task A_status_that_may_pass_is_to_retry_and_is_not_repeated_by_the_client(int status, string reason)
    {
        await using var connector = await FakeServer.StartAsync((context, _) => Status(context, status));
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        var attempt = await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url), CancellationToken.None);

        Assert.Equal((ConnectorOutcome.Retry, reason, status), (attempt.Outcome, attempt.Reason, attempt.StatusCode));
        Assert.Single(connector.Received);
    }

    [Theory]
    [InlineData(StatusCodes.Status400BadRequest)]
    [InlineData(StatusCodes.Status401Unauthorized)]
    [InlineData(StatusCodes.Status403Forbidden)]
    [InlineData(StatusCodes.Status404NotFound)]
    [InlineData(StatusCodes.Status413PayloadTooLarge)]
    [InlineData(StatusCodes.Status501NotImplemented)]
    public async Task Any_other_status_is_given_up(int status)
    {
        await using var connector = await FakeServer.StartAsync((context, _) => Status(context, status));
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        var attempt = await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url), CancellationToken.None);

        Assert.Equal((ConnectorOutcome.GiveUp, ConnectorReasons.Refused, status), (attempt.Outcome, attempt.Reason, attempt.StatusCode));
    }

    [Fact]
    public async Task Retry_After_is_read_in_seconds_and_as_a_date()
    {
        var date = DateTimeOffset.UtcNow.AddSeconds(30);
        await using var connector = await FakeServer.StartAsync((context, number) => number == 1
            ? Status(context, StatusCodes.Status429TooManyRequests, retryAfter: "7")
            : Status(context, StatusCodes.Status503ServiceUnavailable, retryAfter: date.ToString("R", CultureInfo.InvariantCulture)));
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        var seconds = await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url), CancellationToken.None);
        var dated = await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url), CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(7), seconds.RetryAfter);
        Assert.InRange(dated.RetryAfter!.Value, TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(31));
    }

    [Fact]
    public async Task A_connection_closed_without_an_answer_is_to_retry()
    {
        // What a connector that crashes, or a proxy that resets, does: today's bot lost the reply, "The response ended
        // prematurely".
        await using var connector = await FakeServer.StartAsync((context, _) =>
        {
            context.Abort();
            return Task.CompletedTask;
        });
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        var attempt = await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url), CancellationToken.None);

        Assert.Equal((ConnectorOutcome.Retry, ConnectorReasons.Unreachable), (attempt.Outcome, attempt.Reason));
    }

    [Fact]
    public async Task A_refused_connection_is_to_retry()
    {
        string url;
        await using (var gone = await FakeServer.StartAsync((context, _) => Created(context)))
        {
            url = gone.Url;
        }

        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        var attempt = await harness.Client.SendAsync(ConnectorHarness.Reply(url), CancellationToken.None);

        Assert.Equal((ConnectorOutcome.Retry, ConnectorReasons.Unreachable), (attempt.Outcome, attempt.Reason));
    }

    [Fact]
    public async Task An_attempt_longer_than_the_attempt_timeout_is_to_retry_and_sent_once()
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
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?> { ["Connector:AttemptTimeout"] = "00:00:00.500" });

        var attempt = await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url), CancellationToken.None);

        Assert.Equal((ConnectorOutcome.Retry, ConnectorReasons.Timeout), (attempt.Outcome, attempt.Reason));
        Assert.Single(connector.Received);
    }

    [Fact]
    public async Task A_reply_over_100_KB_is_not_sent()
    {
        await using var connector = await FakeServer.StartAsync((context, _) => Created(context));
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        var large = await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url, "conv-large", new string('x', 100 * 1024)), CancellationToken.None);
        var fits = await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url, "conv-large", new string('x', 90 * 1024)), CancellationToken.None);

        Assert.Equal((ConnectorOutcome.GiveUp, ConnectorReasons.TooLarge), (large.Outcome, large.Reason));
        Assert.Equal(ConnectorOutcome.Delivered, fits.Outcome);
        Assert.Single(connector.Received);
    }

    internal static Task Created(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status201Created;
        return context.Response.WriteAsJsonAsync(new { id = Guid.NewGuid().ToString() });
    }

    internal static Task Status(HttpContext context, int status, string? retryAfter = null)
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        return context.Response.WriteAsJsonAsync(new { error = new { code = "Failure", message = "The fake connector says no." } });
    }
}
