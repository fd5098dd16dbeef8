using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Adapter;

/// <summary>Keeps the turn's activities to return them in the HTTP response (<c>deliveryMode: expectReplies</c>).</summary>
public sealed class CollectingReplySink : IReplySink
{
    private readonly List<Activity> activities = [];

    /// <summary>The activities, in the order the turn produced them.</summary>
    public IReadOnlyList<Activity> Activities => activities;

    /// <inheritdoc />
    public bool ShowsTyping => false;

    /// <inheritdoc />
    public Task SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (activities)
        {
            activities.Add(activity);
        }

        return Task.CompletedTask;
    }
}
