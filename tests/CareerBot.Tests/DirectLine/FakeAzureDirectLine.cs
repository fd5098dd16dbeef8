using System.Text.Json;
using CareerBot.BotFramework.Tests.Connector;
using Microsoft.AspNetCore.Http;

namespace CareerBot.Tests.DirectLine;

/// <summary>Azure's Direct Line <c>tokens/generate</c> on 127.0.0.1: checks the secret, records the request.</summary>
public sealed class FakeAzureDirectLine : IAsyncDisposable
{
    /// <summary>The secret it accepts.</summary>
    public const string Secret = "azure-directline-secret";

    private readonly FakeServer server;

    private FakeAzureDirectLine(FakeServer server)
    {
        this.server = server;
    }

    /// <summary>Its Direct Line base URL.</summary>
    public string Endpoint => server.Url + "v3/directline";

    /// <summary>The token requests it received.</summary>
    public IReadOnlyList<(string Authorization, JsonElement Body)> Received =>
        [.. server.Received.Select(r => (r.Authorization, JsonDocument.Parse(r.Body).RootElement.Clone()))];

    /// <summary>Starts it on a free loopback port.</summary>
    public static async Task<FakeAzureDirectLine> StartAsync() => new(await FakeServer.StartAsync((context, _) =>
    {
        IResult result = context.Request.Method != HttpMethods.Post || context.Request.Path != "/v3/directline/tokens/generate"
            ? Results.NotFound()
            : context.Request.Headers.Authorization.ToString() == "Bearer " + Secret
                ? Results.Json(new { conversationId = "azure-conversation", token = "azure-token", expires_in = 3600 })
                : Results.Json(new { error = new { code = "BadArgument", message = "bad secret" } }, statusCode: StatusCodes.Status403Forbidden);
        return result.ExecuteAsync(context);
    }));

    /// <inheritdoc />
    public ValueTask DisposeAsync() => server.DisposeAsync();
}
