using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Transcripts;

/// <summary>Writes each conversation as a <c>.transcript</c> file: a JSON array of activities, the format the Bot
/// Framework Emulator saves and opens. Each activity is appended in place (the closing bracket is rewritten), so the
/// file is a valid array after every write; writes to one file are serialised. Files are readable by the service
/// account only (0600, the folder 0700). Bounded: a transcript stops growing at <see cref="TranscriptOptions.MaxFileBytes"/>,
/// and nothing is written while all of them take <see cref="TranscriptOptions.MaxTotalBytes"/>.</summary>
public sealed class FileTranscriptLogger : ITranscriptLogger
{
    private static readonly byte[] Closing = "\n]"u8.ToArray();

    // Readable by the service account only: transcripts hold what users wrote.
    private const UnixFileMode PrivateFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const int MaxFullFilesRemembered = 10_000;

    private static readonly TimeSpan FullWarningInterval = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim[] locks = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];
    private readonly ILogger<FileTranscriptLogger> logger;
    private readonly long maxFileBytes;
    private readonly long maxTotalBytes;
    private readonly HashSet<string> fullFiles = new(StringComparer.Ordinal);
    private long totalBytes;
    private long lastFullWarning;

    /// <summary>Creates the logger; the folder is created (0700), and what it holds measured.</summary>
    public FileTranscriptLogger(IOptions<TranscriptOptions> options, IHostEnvironment environment, ILogger<FileTranscriptLogger> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        Folder = Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
        PrivateDirectory.Create(Folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Folder, PrivateDirectory.Mode);
            foreach (var file in Directory.EnumerateFiles(Folder, "*.transcript"))
            {
                File.SetUnixFileMode(file, PrivateFileMode);
            }
        }

        maxFileBytes = options.Value.MaxFileBytes;
        maxTotalBytes = options.Value.MaxTotalBytes;
        Measure();
        this.logger = logger;
    }

    /// <summary>How many bytes the transcripts take, as last measured and written since.</summary>
    public long TotalBytes => Interlocked.Read(ref totalBytes);

    /// <summary>Measures the folder again (after the sweep deleted files).</summary>
    public void Measure() =>
        Interlocked.Exchange(ref totalBytes, Directory.EnumerateFiles(Folder, "*.transcript").Sum(file => new FileInfo(file).Length));

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
            if (Fits(file, conversationId, json.Length + 4))
            {
                Interlocked.Add(ref totalBytes, await AppendAsync(file, json));
            }
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

    // False, and logged, when the activity would take the transcript or all of them past their limit.
    private bool Fits(string file, string conversationId, long bytes)
    {
        if (TotalBytes + bytes > maxTotalBytes)
        {
            var now = Environment.TickCount64;
            var last = Interlocked.Read(ref lastFullWarning);
            if ((last == 0 || now - last >= (long)FullWarningInterval.TotalMilliseconds) && Interlocked.CompareExchange(ref lastFullWarning, now, last) == last)
            {
                logger.LogWarning("Transcripts take {Bytes} bytes, Transcripts:MaxTotalBytes is {MaxBytes}: no activity is written until expired ones are deleted", TotalBytes, maxTotalBytes);
            }

            return false;
        }

        var length = File.Exists(file) ? new FileInfo(file).Length : 0;
        if (length + bytes <= maxFileBytes)
        {
            return true;
        }

        lock (fullFiles)
        {
            if (fullFiles.Count >= MaxFullFilesRemembered)
            {
                fullFiles.Clear();
            }

            if (fullFiles.Add(file))
            {
                logger.LogWarning("The transcript of conversation {Conversation} reached Transcripts:MaxFileBytes ({MaxBytes} bytes): its further activities are not written", Pseudonym.Of(conversationId), maxFileBytes);
            }
        }

        return false;
    }

    // Appends and returns how many bytes the file grew by.
    private static async Task<long> AppendAsync(string file, byte[] json)
    {
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = PrivateFileMode;
        }

        await using var stream = new FileStream(file, options);
        var before = stream.Length;
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
        return stream.Length - before;
    }
}
