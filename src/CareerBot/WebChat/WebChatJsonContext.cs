using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.WebChat;

/// <summary>The page's JSON (camelCase, source-generated): its configuration, and the session that
/// <c>/api/webchat/token</c> reads and answers.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(WebChatPageConfig))]
[JsonSerializable(typeof(WebChatSessionRequest))]
[JsonSerializable(typeof(WebChatSession))]
internal sealed partial class WebChatJsonContext : JsonSerializerContext;
