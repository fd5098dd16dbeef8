using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema;

/// <summary>Source-generated JSON for the wire types (Bot Framework and Direct Line): camelCase, nulls omitted, no reflection on the hot path.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    MaxDepth = 64)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(IReadOnlyList<Claim>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
[JsonSerializable(typeof(InvokeResponseBody))]
[JsonSerializable(typeof(Error))]
[JsonSerializable(typeof(DirectLine.ActivitySet))]
[JsonSerializable(typeof(DirectLine.ConversationRequest))]
[JsonSerializable(typeof(DirectLine.ConversationResponse))]
[JsonSerializable(typeof(DirectLine.WebChatToken))]
[JsonSerializable(typeof(DirectLine.WebChatTokenRequest))]
public sealed partial class BotJsonContext : JsonSerializerContext;
