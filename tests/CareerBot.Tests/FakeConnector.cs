using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CareerBot.Tests;

/// <summary>A Bot Connector on 127.0.0.1 that records what the bot posts and answers 201 like the Agents Playground.</summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedActivity> received = new();

    private FakeConnector(WebApplication app)
    {
        this.app = app;
    }

    /// <summary>The service URL to give the bot, with the Playground's path prefix.</summary>
    public string ServiceUrl => app.Urls.First() + "/_connector";

    /// <summary>What the bot posted, in order.</summary>
    public IReadOnlyList<ReceivedActivity> Received => [.. received];

    /// <summary>Starts the connector on a free loopback port.</summary>
    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/_connector/v3/conversations/{**rest}", async (HttpContext context) =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty;
            connector.received.Enqueue(new ReceivedActivity(context.Request.Path.Value ?? string.Empty, rawTarget, body.RootElement.Clone()));
            return Results.Json(new { id = Guid.NewGuid().ToString() }, statusCode: StatusCodes.Status201Created);
        });
        await app.StartAsync();
        return connector;
    }

    /// <summary>Waits until <paramref name="count"/> activities have arrived (the bot posts before answering 200,
    /// so they are normally there already).</summary>
    public async Task<IReadOnlyList<ReceivedActivity>> WaitForAsync(int count)
    {
        for (var i = 0; i < 50 && received.Count < count; i++)
        {
            await Task.Delay(100);
        }

        return Received;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
