using System.Text.Json;

namespace CareerBot.Tests;

/// <summary>An activity the fake connector received: the decoded path, the path as sent on the wire, and the body.</summary>
public sealed record ReceivedActivity(string Path, string RawPath, JsonElement Body);
