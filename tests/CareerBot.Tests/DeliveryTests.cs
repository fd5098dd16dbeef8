using System.Net;
using System.Text.Json;
using CareerBot.BotFramework.Tests.Connector;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CareerBot.Tests;

/// <summary>Normal delivery through the outbox, over HTTP: the channel's request is answered once the turn's replies are
/// durable, not once a connector has them; a reply survives a failing connector and a restart, and arrives once.</summary>
public sealed class DeliveryTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "careerbot-delivery-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_channel_gets_its_200_while_a_slow_connector_still_holds_the_reply()
    {
        // Today's bot held the channel's request until every reply was posted: 120 s for 4 replies to a slow connector,
        // when Azure Bot Service gives up after about 15 s.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connector = await FakeServer.StartAsync(async (context, _) =>
        {
            await release.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await Created(context);
        });
        using var app = new CareerBotFactory();
        using var client = app.CreateClient();
        try
        {
            var posting = BotClient.PostAsync(client, BotClient.Message("what are the missions?", "conv-held", serviceUrl: connector.Url + "_connector"));

            var answered = await Task.WhenAny(posting, Task.Delay(TimeSpan.FromSeconds(15))) == posting;

            Assert.True(answered, "the channel's request was answered while the connector held the reply");
            Assert.Equal(HttpStatusCode.OK, (await posting).StatusCode);
        }
        finally
        {
            release.TrySetResult();
        }

        Assert.Single(await WaitForAsync(connector, 1));
    }

    [Fact]
    public async Task A_reply_whose_connection_the_connector_closed_arrives_once_on_the_next_attempt()
    {
        await using var connector = await FakeServer.StartAsync((context, number) =>
        {
            if (number == 1)
            {
                context.Abort();
                return Task.CompletedTask;
            }

            return Created(context);
        });
        using var app = BotSettings.With(new CareerBotFactory(), FastRetries());
        using var client = app.CreateClient();

        using var response = await BotClient.PostAsync(client, BotClient.Message("what are the missions?", "conv-closed", serviceUrl: connector.Url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = await WaitForAsync(connector, 2);
        Assert.Equal(2, received.Count);
        Assert.Equal(received[0].Body, received[1].Body);
        await Task.Delay(500);
        Assert.Equal(2, connector.Received.Count);
    }

    [Fact]
    public async Task A_reply_committed_before_a_restart_is_delivered_after_it()
    {
        var down = true;
        await using var connector = await FakeServer.StartAsync((context, _) => Volatile.Read(ref down)
            ? Status(context, StatusCodes.Status503ServiceUnavailable)
            : Created(context));
        using (var before = Sqlite())
        using (var client = before.CreateClient())
        {
            using var response = await BotClient.PostAsync(client, BotClient.Message("what are the career paths?", "conv-restart", serviceUrl: connector.Url));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await WaitForAsync(connector, 2);
        }

        Volatile.Write(ref down, false);
        var tried = connector.Received.Count;
        using var after = Sqlite();
        using var restarted = after.CreateClient();

        var received = await WaitForAsync(connector, tried + 1);
        var delivered = JsonDocument.Parse(received[^1].Body).RootElement;
        Assert.Equal("conv-restart", delivered.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Contains("Technical manager", delivered.GetProperty("text").GetString(), StringComparison.Ordinal);
        await Task.Delay(500);
        Assert.Equal(tried + 1, connector.Received.Count);
    }

    private static Task Created(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status201Created;
        return context.Response.WriteAsJsonAsync(new { id = Guid.NewGuid().ToString() });
    }

    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = new { code = "Failure", message = "The fake connector says no." } });
    }

    private static Dictionary<string, string?> FastRetries() => new()
    {
        ["Connector:RetryDelay"] = "00:00:00.100",
        ["Connector:MaxRetryDelay"] = "00:00:00.300",
        ["Connector:PollInterval"] = "00:00:00.100",
    };

    private static async Task<IReadOnlyList<ReceivedRequest>> WaitForAsync(FakeServer connector, int count)
    {
        for (var i = 0; i < 150 && connector.Received.Count < count; i++)
        {
            await Task.Delay(100);
        }

        return connector.Received;
    }

    private WebApplicationFactory<Program> Sqlite() =>
        BotSettings.With(
            new WebApplicationFactory<Program>(),
            new Dictionary<string, string?>(FastRetries())
            {
                ["Storage:Provider"] = "Sqlite",
                ["Storage:ConnectionString"] = "Data Source=" + Path.Combine(folder, "careerbot.db"),
            });
}
