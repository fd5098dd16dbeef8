using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerBot.Tests.DirectLine;

/// <summary>Calls /v3/directline as Web Chat does.</summary>
public static class DirectLineClient
{
    /// <summary>Sends <paramref name="method"/> to <paramref name="path"/> with a Bearer credential and an optional JSON body.</summary>
    public static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? credential, JsonNode? body = null)
    {
        var request = new HttpRequestMessage(method, "/v3/directline" + path);
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }

    /// <summary>A token from tokens/generate with the secret.</summary>
    public static async Task<JsonElement> GenerateAsync(HttpClient client, string? userId = null)
    {
        var body = userId is null ? null : new JsonObject { ["user"] = new JsonObject { ["id"] = userId } };
        using var response = await SendAsync(client, HttpMethod.Post, "/tokens/generate", DirectLineFactory.Secret, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Starts a conversation with a fresh token; returns its id and the token to use.</summary>
    public static async Task<(string ConversationId, string Token)> StartAsync(HttpClient client)
    {
        var generated = await GenerateAsync(client);
        using var response = await SendAsync(client, HttpMethod.Post, "/conversations", generated.GetProperty("token").GetString(), new JsonObject { ["user"] = new JsonObject { ["id"] = "r_webchat" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (started.GetProperty("conversationId").GetString()!, started.GetProperty("token").GetString()!);
    }

    /// <summary>A message as Web Chat posts it.</summary>
    public static JsonObject Message(string text, string clientActivityId = "client-1", string fromId = "r_webchat") => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["locale"] = "en-US",
        ["textFormat"] = "plain",
        ["channelId"] = "webchat",
        ["from"] = new JsonObject { ["id"] = fromId, ["name"] = "Visitor", ["role"] = "user" },
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "ClientCapabilities", ["requiresBotState"] = true }),
    };

    /// <summary>Posts a message; returns the id the service gave it.</summary>
    public static async Task<string> PostAsync(HttpClient client, string conversationId, string token, JsonObject activity)
    {
        using var response = await SendAsync(client, HttpMethod.Post, $"/conversations/{conversationId}/activities", token, activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>The activities after <paramref name="watermark"/>, and the next watermark.</summary>
    public static async Task<(IReadOnlyList<JsonElement> Activities, string? Watermark)> GetAsync(HttpClient client, string conversationId, string token, string? watermark = null)
    {
        using var response = await SendAsync(client, HttpMethod.Get, $"/conversations/{conversationId}/activities" + (watermark is null ? string.Empty : "?watermark=" + watermark), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ([.. set.GetProperty("activities").EnumerateArray()], set.GetProperty("watermark").GetString());
    }

    /// <summary>Asserts an error response with <paramref name="status"/> and the <c>{"error":{"code","message"}}</c> body.</summary>
    public static async Task<string> AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = body.GetProperty("error");
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        return error.GetProperty("code").GetString()!;
    }

    /// <summary>The claims of a JWT (unchecked).</summary>
    public static JsonElement Claims(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Convert.FromBase64String(payload)).RootElement.Clone();
    }
}
