using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>A minimal Kestrel app on 127.0.0.1 (http, or https with a given certificate) that records every request
/// and answers with a handler given the request's number (1, 2, …); the body read is in <c>context.Items["body"]</c>.</summary>
public sealed class FakeServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedRequest> received = new();
    private int count;

    private FakeServer(WebApplication app)
    {
        this.app = app;
    }

    /// <summary>The server's root URL, with a trailing slash.</summary>
    public string Url => app.Urls.First().TrimEnd('/') + "/";

    /// <summary>The requests, in arrival order.</summary>
    public IReadOnlyList<ReceivedRequest> Received => [.. received];

    /// <summary>Starts a server on a free loopback port; <paramref name="certificate"/> makes it https.</summary>
    public static async Task<FakeServer> StartAsync(Func<HttpContext, int, Task> respond, X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        var server = new FakeServer(app);
        app.Run(async context =>
        {
            var arrived = Stopwatch.GetTimestamp();
            var wallClock = DateTimeOffset.UtcNow;
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            context.Items["body"] = body;
            var number = Interlocked.Increment(ref server.count);
            server.received.Enqueue(new ReceivedRequest(
                number, context.Request.Method, context.Request.Path.Value ?? string.Empty,
                context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty, context.Request.QueryString.Value ?? string.Empty,
                context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body, arrived, wallClock));
            await respond(context, number);
        });
        await app.StartAsync();
        return server;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
