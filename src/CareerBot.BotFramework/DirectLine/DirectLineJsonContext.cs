using System.Text.Json;
using System.Text.Json.Serialization;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>Source-generated JSON for the Direct Line wire types, with the same settings as <see cref="BotJsonContext"/>.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    MaxDepth = 64)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(ConversationRequest))]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(WebChatToken))]
[JsonSerializable(typeof(WebChatTokenRequest))]
public sealed partial class DirectLineJsonContext : JsonSerializerContext;
