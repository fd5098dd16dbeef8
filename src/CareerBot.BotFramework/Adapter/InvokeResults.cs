using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Cards;
using CareerBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace CareerBot.BotFramework.Adapter;

/// <summary>The invoke responses of Universal Actions (protocol.md §1).</summary>
public static class InvokeResults
{
    /// <summary>Refresh the card with <paramref name="card"/>.</summary>
    public static InvokeResponse Card(JsonObject card) => new(
        StatusCodes.Status200OK,
        new InvokeResponseBody(StatusCodes.Status200OK, AdaptiveCards.ContentType, JsonSerializer.SerializeToElement(card, BotJsonContext.Default.JsonObject)));

    /// <summary>Show <paramref name="text"/> as a message.</summary>
    public static InvokeResponse Message(string text) => new(
        StatusCodes.Status200OK,
        new InvokeResponseBody(StatusCodes.Status200OK, "application/vnd.microsoft.activity.message", JsonSerializer.SerializeToElement(text, BotJsonContext.Default.String)));

    /// <summary>An error with <paramref name="status"/>.</summary>
    public static InvokeResponse Error(int status, string code, string message) => new(
        status,
        new InvokeResponseBody(status, "application/vnd.microsoft.error", JsonSerializer.SerializeToElement(new Error(code, message), BotJsonContext.Default.Error)));
}
