using CareerBot.BotFramework.Ratings;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Adapter;

/// <summary>Where the activities of a turn go: the HTTP response (<c>expectReplies</c>), the channel's connector,
/// or a Direct Line conversation's stream.</summary>
public interface IReplySink
{
    /// <summary>True when a typing indicator is worth sending while a slow turn runs (not for the HTTP response).</summary>
    bool ShowsTyping => true;

    /// <summary>Delivers one activity of the turn, in order. Never throws for a channel's failure.</summary>
    Task SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Delivers an answer that can be rated, labelled with what it was: a sink that learns the id the
    /// activity gets may record it in the <see cref="IAnswerLedger"/>. By default, as <see cref="SendAsync(Activity, CancellationToken)"/>.</summary>
    Task SendAsync(Activity activity, AnswerLabel label, CancellationToken cancellationToken) => SendAsync(activity, cancellationToken);
}
