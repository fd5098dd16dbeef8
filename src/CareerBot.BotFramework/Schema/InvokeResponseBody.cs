using System.Text.Json;

namespace CareerBot.BotFramework.Schema;

/// <summary>The body of an <c>adaptiveCard/action</c> invoke response: a refreshed card, a message, or an error.</summary>
/// <param name="StatusCode">200, or the error's status.</param>
/// <param name="Type">application/vnd.microsoft.card.adaptive, application/vnd.microsoft.activity.message or application/vnd.microsoft.error.</param>
/// <param name="Value">The card, the message text, or <c>{code, message}</c>.</param>
public sealed record InvokeResponseBody(int StatusCode, string Type, JsonElement Value);
