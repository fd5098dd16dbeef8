using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace CareerBot.BotFramework.Hosting;

/// <summary>A request body read up to a limit, whatever the client claims in Content-Length, into an array borrowed
/// from the shared pool (a body is read on every turn; most are under a kilobyte): dispose it once it is parsed.</summary>
public sealed class RequestBody : IDisposable
{
    private const int InitialBytes = 4096;

    private byte[]? buffer;
    private readonly int length;

    private RequestBody(byte[] buffer, int length)
    {
        this.buffer = buffer;
        this.length = length;
    }

    /// <summary>How many bytes the body has.</summary>
    public int Length => length;

    /// <summary>The body's bytes; empty once disposed.</summary>
    public ReadOnlySpan<byte> Span => buffer is null ? [] : buffer.AsSpan(0, length);

    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<RequestBody?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // One byte more than the claimed length, so that the read finding the end needs no larger array.
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is >= 0 and var claimed && claimed < maxBytes ? (int)claimed + 1 : InitialBytes);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    var body = new RequestBody(buffer, length);
                    buffer = null;
                    return body;
                }

                length += read;
                if (length > maxBytes)
                {
                    return null;
                }
            }
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Gives the array back to the pool.</summary>
    public void Dispose()
    {
        if (buffer is { } returned)
        {
            buffer = null;
            ArrayPool<byte>.Shared.Return(returned);
        }
    }
}
