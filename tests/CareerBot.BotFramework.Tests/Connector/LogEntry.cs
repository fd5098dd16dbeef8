using Microsoft.Extensions.Logging;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>One log entry: category, level, rendered message and the template's values.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values);
