using System.Globalization;
using System.Text.Json;

namespace CareerBot.BotFramework.Hosting;

/// <summary>The message of a 400 for a body that is not the JSON expected: what was expected and where the reading
/// stopped, never the parser's own message (it names .NET types and quotes the input).</summary>
public static class JsonProblem
{
    /// <summary>"The body is not valid JSON for {what} (line L, byte B)."</summary>
    public static string Describe(string what, JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.LineNumber is { } line && exception.BytePositionInLine is { } position
            ? string.Create(CultureInfo.InvariantCulture, $"The body is not valid JSON for {what} (line {line + 1}, byte {position + 1}).")
            : $"The body is not valid JSON for {what}.";
    }
}
