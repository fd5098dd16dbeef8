using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerBot.Tests;

/// <summary>Posts activities to /api/messages as a channel would.</summary>
public static class BotClient
{
    /// <summary>A message activity as the Agents Playground sends it (channel msteams, personal chat).</summary>
    public static JsonObject Message(string text, string conversationId = "conv-1", string serviceUrl = "http://127.0.0.1:1/_connector", string? deliveryMode = null, string locale = "en-US") => new()
    {
        ["type"] = "message",
        ["id"] = "activity-1",
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = locale,
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "user-id-0", ["name"] = "Alex", ["aadObjectId"] = "00000000-0000-0000-0000-000000000001" },
        ["recipient"] = new JsonObject { ["id"] = "bot-id", ["name"] = "CareerBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        ["deliveryMode"] = deliveryMode,
    };

    /// <summary>Posts <paramref name="activity"/> as JSON.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonNode activity) =>
        client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

    /// <summary>Posts with <c>expectReplies</c> and returns the reply activities.</summary>
    public static async Task<IReadOnlyList<JsonElement>> ExpectRepliesAsync(HttpClient client, JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        using var response = await PostAsync(client, activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.GetProperty("activities").EnumerateArray()];
    }
}
