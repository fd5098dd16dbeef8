using System.Text.Json.Serialization;
using CareerBot.Core.State;

namespace CareerBot.Storage;

/// <summary>How a conversation's state is written in a database: compact JSON, defaults left out (an idle
/// conversation's record is a few dozen bytes).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ConversationState))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
