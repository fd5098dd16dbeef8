using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CareerBot.Tests.DirectLine;

/// <summary>Azure's Direct Line <c>tokens/generate</c> on 127.0.0.1: checks the secret, records the request.</summary>
public sealed class FakeAzureDirectLine : IAsyncDisposable
{
    /// <summary>The secret it accepts.</summary>
    public const string Secret = "azure-directline-secret";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<(string Authorization, JsonElement Body)> received = new();

    private FakeAzureDirectLine(WebApplication app)
    {
        this.app = app;
    }

    /// <summary>Its Direct Line base URL.</summary>
    public string Endpoint => app.Urls.First() + "/v3/directline";

    /// <summary>The token requests it received.</summary>
    public IReadOnlyList<(string Authorization, JsonElement Body)> Received => [.. received];

    /// <summary>Starts it on a free loopback port.</summary>
    public static async Task<FakeAzureDirectLine> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var azure = new FakeAzureDirectLine(app);
        app.MapPost("/v3/directline/tokens/generate", async (HttpContext context) =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            var authorization = context.Request.Headers.Authorization.ToString();
            azure.received.Enqueue((authorization, body.RootElement.Clone()));
            return authorization == "Bearer " + Secret
                ? Results.Json(new { conversationId = "azure-conversation", token = "azure-token", expires_in = 3600 })
                : Results.Json(new { error = new { code = "BadArgument", message = "bad secret" } }, statusCode: StatusCodes.Status403Forbidden);
        });
        await app.StartAsync();
        return azure;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
