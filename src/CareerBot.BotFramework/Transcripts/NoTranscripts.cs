using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Transcripts;

/// <summary>Transcripts off (the default).</summary>
public sealed class NoTranscripts : ITranscriptLogger
{
    /// <inheritdoc />
    public ValueTask LogAsync(Activity activity, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
