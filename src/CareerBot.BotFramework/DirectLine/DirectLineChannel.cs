using CareerBot.BotFramework.Adapter;
using CareerBot.BotFramework.Ratings;
using CareerBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>What happens in a Direct Line conversation: it starts (the bot is told the user joined, so its welcome comes
/// first), the user's activities are kept with an id (the echo Web Chat waits for) and handed to the bot, whose replies
/// are kept after them. An <c>invoke</c> (a rating from the Web Chat page: <c>message/submitAction</c>) is not kept: it
/// goes to the adapter's invoke handling, and its answer is the request's.</summary>
public sealed class DirectLineChannel
{
    /// <summary>The channel id stamped on every activity.</summary>
    public const string ChannelId = "webchat";

    private readonly IDirectLineConversationStore store;
    private readonly IAnswerLedger answers;
    private readonly ConversationSignals signals;
    private readonly BotAdapter adapter;
    private readonly TimeProvider time;
    private readonly ChannelAccount bot;

    /// <summary>Creates the channel.</summary>
    public DirectLineChannel(IDirectLineConversationStore store, IAnswerLedger answers, ConversationSignals signals, BotAdapter adapter, TimeProvider time, IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.store = store;
        this.answers = answers;
        this.signals = signals;
        this.adapter = adapter;
        this.time = time;
        bot = new ChannelAccount(options.Value.BotId, options.Value.BotName, Role: "bot");
    }

    /// <summary>Creates the conversation unless it exists; when this call created it, sends the bot a
    /// <c>conversationUpdate</c> adding the bot and the user. True when it was created.</summary>
    public async Task<bool> StartAsync(DirectLineConversation conversation, Uri serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!await store.CreateAsync(conversation, cancellationToken))
        {
            return false;
        }

        var user = new ChannelAccount(conversation.UserId, Role: "user");
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = Guid.NewGuid().ToString("N"),
            Timestamp = time.GetUtcNow(),
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl.ToString(),
            Conversation = new ConversationAccount(conversation.Id),
            From = user,
            Recipient = bot,
            Locale = conversation.Locale,
            MembersAdded = [bot, user],
        };
        await adapter.ProcessAsync(update, Sink(conversation.Id), cancellationToken);
        return true;
    }

    /// <summary>Keeps the user's <paramref name="activity"/> (stamped: id, time, channel, conversation, sender and
    /// recipient) and, unless it is a typing indicator, runs the bot's turn. Returns the kept activity.</summary>
    public async Task<Activity?> PostAsync(DirectLineConversation conversation, Activity activity, Uri serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(serviceUrl);
        var stamped = Stamp(conversation, activity, serviceUrl);
        var kept = await store.AppendAsync(conversation.Id, stamped, cancellationToken);
        if (kept is null)
        {
            return null;
        }

        signals.Notify(conversation.Id);
        if (kept.Type != ActivityTypes.Typing)
        {
            // The adapter sends the typing indicator itself when the turn is slow.
            await adapter.ProcessAsync(kept, Sink(conversation.Id), cancellationToken);
        }

        return kept;
    }

    /// <summary>Hands the user's <c>invoke</c> <paramref name="activity"/> (stamped as <see cref="PostAsync"/> does, with
    /// an id of its own) to the adapter, without keeping it in the history; returns the adapter's answer.</summary>
    public async Task<InvokeResponse> InvokeAsync(DirectLineConversation conversation, Activity activity, Uri serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(serviceUrl);
        return await adapter.ProcessInvokeAsync(Stamp(conversation, activity, serviceUrl) with { Id = Guid.NewGuid().ToString("N") }, cancellationToken);
    }

    // What the channel vouches for, whatever the client wrote: the conversation, the user, the time.
    private Activity Stamp(DirectLineConversation conversation, Activity activity, Uri serviceUrl) => activity with
    {
        Id = null,
        Timestamp = time.GetUtcNow(),
        ChannelId = ChannelId,
        ServiceUrl = serviceUrl.ToString(),
        Conversation = new ConversationAccount(conversation.Id),
        From = new ChannelAccount(conversation.UserId, activity.From?.Name, Role: "user"),
        Recipient = bot,
        Locale = activity.Locale ?? conversation.Locale,
        DeliveryMode = null,
    };

    private DirectLineReplySink Sink(string conversationId) => new(store, answers, signals, time, conversationId);
}
