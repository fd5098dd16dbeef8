namespace CareerBot.BotFramework.Transcripts;

/// <summary>The <c>Transcripts</c> settings: optional records of whole conversations, as files the Bot Framework
/// Emulator opens (File › Open Transcript). They hold what users wrote: off unless turned on.</summary>
public sealed class TranscriptOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Transcripts";

    /// <summary>True to write transcripts.</summary>
    public bool Enabled { get; set; }

    /// <summary>The folder, relative to the app's folder unless absolute.</summary>
    public string Path { get; set; } = "data/transcripts";

    /// <summary>How long a transcript is kept after its last activity.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The largest transcript: past it, a conversation's further activities are not written (logged once).</summary>
    public long MaxFileBytes { get; set; } = 1024 * 1024;

    /// <summary>The most all transcripts together may take: past it, no activity is written (logged at most once an
    /// hour) until the hourly sweep has deleted expired ones.</summary>
    public long MaxTotalBytes { get; set; } = 1024L * 1024 * 1024;
}
