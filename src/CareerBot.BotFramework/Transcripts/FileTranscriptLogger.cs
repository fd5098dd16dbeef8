using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Transcripts;

/// <summary>Writes each conversation as a <c>.transcript</c> file: a JSON array of activities, the format the Bot
/// Framework Emulator saves and opens. Each activity is appended in place (the closing bracket is rewritten), so the
/// file is a valid array after every write; writes to one file are serialised.</summary>
public sealed class FileTranscriptLogger : ITranscriptLogger
{
    private static readonly byte[] Closing = "\n]"u8.ToArray();

    private readonly SemaphoreSlim[] locks = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];
    private readonly ILogger<FileTranscriptLogger> logger;

    /// <summary>Creates the logger; the folder is created.</summary>
    public FileTranscriptLogger(IOptions<TranscriptOptions> options, IHostEnvironment environment, ILogger<FileTranscriptLogger> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        Folder = Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
        Directory.CreateDirectory(Folder);
        this.logger = logger;
    }

    /// <summary>Where the transcripts are.</summary>
    public string Folder { get; }

    /// <summary>The file of a conversation: its channel and id made safe for a file name, and a hash of both so that
    /// ids that read alike never share a file.</summary>
    public string FileOf(string? channelId, string conversationId)
    {
        var key = $"{channelId}\n{conversationId}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
        var readable = new string([.. $"{channelId}-{conversationId}".Take(80).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
        return Path.Combine(Folder, $"{readable}-{hash}.transcript");
    }

    /// <inheritdoc />
    public async ValueTask LogAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return;
        }

        var file = FileOf(activity.ChannelId, conversationId);
        var json = JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity);
        var gate = locks[(uint)StringComparer.Ordinal.GetHashCode(file) % locks.Length];
        await gate.WaitAsync(CancellationToken.None);
        try
        {
            await AppendAsync(file, json);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(exception, "Transcript of conversation {Conversation} not written", Pseudonym.Of(conversationId));
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task AppendAsync(string file, byte[] json)
    {
        await using var stream = new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        if (stream.Length >= 2 + Closing.Length)
        {
            stream.Seek(-Closing.Length, SeekOrigin.End);
            await stream.WriteAsync(",\n"u8.ToArray());
        }
        else
        {
            stream.SetLength(0);
            await stream.WriteAsync("[\n"u8.ToArray());
        }

        await stream.WriteAsync(json);
        await stream.WriteAsync(Closing);
    }
}
