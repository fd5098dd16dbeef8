using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace CareerBot.Tests.DirectLine;

/// <summary>Reads Direct Line stream frames.</summary>
public static class StreamFrames
{
    /// <summary>The next frame's JSON, or null for an empty keep-alive frame.</summary>
    public static async Task<JsonElement?> NextAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        var text = Encoding.UTF8.GetString(message.ToArray());
        return text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone();
    }
}
