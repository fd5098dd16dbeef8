using CareerBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>Direct Line error responses: <c>{"error":{"code","message"}}</c>.</summary>
public static class DirectLineErrors
{
    /// <summary>An error with <paramref name="status"/>.</summary>
    public static IResult Error(int status, string code, string message) =>
        Results.Json(ErrorResponse.Of(code, message), BotJsonContext.Default.ErrorResponse, statusCode: status);

    /// <summary>400.</summary>
    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    /// <summary>401: no credential.</summary>
    public static IResult MissingCredential() =>
        Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Send a Direct Line secret or token as 'Authorization: Bearer …'.");

    /// <summary>403.</summary>
    public static IResult Forbidden(string code, string message) => Error(StatusCodes.Status403Forbidden, code, message);

    /// <summary>404: unknown conversation.</summary>
    public static IResult UnknownConversation() =>
        Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found; it may have expired. Start a new one.");
}
