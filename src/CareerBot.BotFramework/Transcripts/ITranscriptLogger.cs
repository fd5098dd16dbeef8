using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Transcripts;

/// <summary>Records the activities of conversations, in and out, in order.</summary>
public interface ITranscriptLogger
{
    /// <summary>Records <paramref name="activity"/> in its conversation's transcript. Never throws: a transcript that
    /// cannot be written must not cost the user an answer.</summary>
    ValueTask LogAsync(Activity activity, CancellationToken cancellationToken);
}
