using System.Text.Json;
using System.Text.Json.Serialization;
using CareerBot.Admin.Statistics;

namespace CareerBot.Admin;

/// <summary>The JSON of <c>/admin/stats</c> (camelCase, source-generated).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AdminStats))]
internal sealed partial class AdminJsonContext : JsonSerializerContext;
