using System.Text.Json;
using CareerBot.BotFramework.Tests.Connector;
using Microsoft.AspNetCore.Http;

namespace CareerBot.Tests;

/// <summary>A Bot Connector on 127.0.0.1 that records what the bot posts and answers 201 like the Agents Playground.</summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly FakeServer server;

    private FakeConnector(FakeServer server)
    {
        this.server = server;
    }

    /// <summary>The service URL to give the bot, with the Playground's path prefix.</summary>
    public string ServiceUrl => server.Url + "_connector";

    /// <summary>What the bot posted, in order.</summary>
    public IReadOnlyList<ReceivedActivity> Received =>
        [.. server.Received.Select(r => new ReceivedActivity(r.Path, r.RawTarget, JsonDocument.Parse(r.Body).RootElement.Clone()))];

    /// <summary>Starts the connector on a free loopback port.</summary>
    public static async Task<FakeConnector> StartAsync() => new(await FakeServer.StartAsync(
        (context, _) => Results.Json(new { id = Guid.NewGuid().ToString() }, statusCode: StatusCodes.Status201Created).ExecuteAsync(context)));

    /// <summary>Waits until <paramref name="count"/> activities have arrived (the bot posts before answering 200,
    /// so they are normally there already).</summary>
    public async Task<IReadOnlyList<ReceivedActivity>> WaitForAsync(int count)
    {
        for (var i = 0; i < 50 && server.Received.Count < count; i++)
        {
            await Task.Delay(100);
        }

        return Received;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => server.DisposeAsync();
}
