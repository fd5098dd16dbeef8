using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Admin;

/// <summary>The JSON of <c>/admin/api/stats</c> (camelCase, source-generated).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AdminReport))]
public sealed partial class AdminJsonContext : JsonSerializerContext;
