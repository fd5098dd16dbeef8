using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>Source-generated JSON for the token payload, which stays inside this assembly.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TokenPayload))]
internal sealed partial class TokenJsonContext : JsonSerializerContext;
