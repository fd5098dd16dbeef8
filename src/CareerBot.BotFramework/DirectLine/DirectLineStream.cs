using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>The WebSocket <c>streamUrl</c>: pushes <c>{"activities":[…],"watermark":"…"}</c> frames as the conversation
/// grows, an empty frame as keep-alive when idle, and ignores what the client sends (its empty keep-alives). Appends in
/// this process wake it at once; it also reads the store every <see cref="DirectLineOptions.StreamPollInterval"/>, for
/// appends made by other instances sharing the store.</summary>
public sealed class DirectLineStream
{
    private readonly IDirectLineConversationStore store;
    private readonly ConversationSignals signals;
    private readonly DirectLineAuthorization authorization;
    private readonly TimeSpan keepAlive;
    private readonly TimeSpan pollInterval;
    private readonly ILogger<DirectLineStream> logger;

    /// <summary>Creates the stream handler.</summary>
    public DirectLineStream(IDirectLineConversationStore store, ConversationSignals signals, DirectLineAuthorization authorization, IOptions<DirectLineOptions> options, ILogger<DirectLineStream> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.store = store;
        this.signals = signals;
        this.authorization = authorization;
        keepAlive = options.Value.KeepAliveInterval;
        pollInterval = options.Value.StreamPollInterval;
        this.logger = logger;
    }

    /// <summary>Handles <c>GET …/conversations/{id}/stream?t=&lt;token&gt;&amp;watermark=</c>.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var conversationId = context.Request.RouteValues["conversationId"] as string ?? string.Empty;
        var credential = context.Request.Query["t"].ToString();
        var caller = string.IsNullOrEmpty(credential)
            ? authorization.Authorize(context.Request, out var error)
            : authorization.Authorize(credential, out error);
        if (caller is null)
        {
            await error!.ExecuteAsync(context);
            return;
        }

        if (!caller.MayUse(conversationId))
        {
            await DirectLineErrors.Forbidden("BadArgument", "The token is for another conversation.").ExecuteAsync(context);
            return;
        }

        if (await store.FindAsync(conversationId, context.RequestAborted) is null)
        {
            await DirectLineErrors.UnknownConversation().ExecuteAsync(context);
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            await DirectLineErrors.BadArgument("The stream is a WebSocket: send an upgrade request.").ExecuteAsync(context);
            return;
        }

        long? watermark = long.TryParse(context.Request.Query["watermark"], NumberStyles.None, CultureInfo.InvariantCulture, out var given) ? given : null;
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var receiving = ReceiveUntilClosedAsync(socket, closed);
        try
        {
            await PushAsync(socket, conversationId, watermark, closed.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            logger.LogDebug("Stream of conversation {Conversation} ended: {Reason}", Pseudonym.Of(conversationId), exception.GetType().Name);
        }
        catch (StorageUnavailableException exception)
        {
            // The client reconnects (with its watermark) once the store is back; 1013 is "try again later".
            logger.LogWarning("Stream of conversation {Conversation} closed: {Reason}", Pseudonym.Of(conversationId), exception.Message);
            await CloseQuietlyAsync(socket, (WebSocketCloseStatus)1013, "Store unavailable, try again later");
        }
        finally
        {
            await closed.CancelAsync();
            await receiving;
        }
    }

    private static async Task CloseQuietlyAsync(WebSocket socket, WebSocketCloseStatus status, string reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(status, reason, timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Gone already.
        }
    }

    private async Task PushAsync(WebSocket socket, string conversationId, long? watermark, CancellationToken cancellationToken)
    {
        var lastSent = Stopwatch.GetTimestamp();
        while (!cancellationToken.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            var changed = signals.NextChange(conversationId);
            var set = await store.ReadAsync(conversationId, watermark, cancellationToken);
            if (set is null)
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "Conversation ended", cancellationToken);
                return;
            }

            if (set.Activities.Count > 0)
            {
                var frame = JsonSerializer.SerializeToUtf8Bytes(set, BotJsonContext.Default.ActivitySet);
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                watermark = long.Parse(set.Watermark!, CultureInfo.InvariantCulture);
                lastSent = Stopwatch.GetTimestamp();
                continue;
            }

            var untilKeepAlive = keepAlive - Stopwatch.GetElapsedTime(lastSent);
            if (untilKeepAlive <= TimeSpan.Zero)
            {
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                lastSent = Stopwatch.GetTimestamp();
                continue;
            }

            // Woken at once by an append in this process; another instance's appends are seen at the next poll.
            await Task.WhenAny(changed, Task.Delay(untilKeepAlive < pollInterval ? untilKeepAlive : pollInterval, cancellationToken));
        }
    }

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, closed.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }

                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away or the server stops: either way the stream ends.
        }
        finally
        {
            await closed.CancelAsync();
        }
    }
}
