using System.Globalization;
using CareerBot.BotFramework.DirectLine;
using CareerBot.BotFramework.Ratings;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;
using CareerBot.Core.Content;
using CareerBot.Core.Dialogs;
using CareerBot.Core.State;
using CareerBot.Core.Tests.Content;
using CareerBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Storage.Tests;

/// <summary>What every storage provider promises: state read back whole, optimistic concurrency (one winner per
/// version, no lost update when losers retry), expiry, and the Direct Line history (positions, watermarks, bounds).
/// Each provider's test class runs all of it.</summary>
public abstract class ConversationStoreContract : IAsyncLifetime
{
    private static readonly Lazy<ContentCatalog> Catalog = new(() => ContentLoader.Load(RepositoryRoot.Dialogs, MessageKeys.All, LimitIds.All));
    private readonly List<Stores> opened = [];

    /// <summary>The clock of the stores.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Direct Line settings of the stores (small limits, to reach them).</summary>
    protected DirectLineOptions DirectLineOptions { get; } = new() { MaxHistory = 5, MaxConversations = 4, MaxHistoryBytes = 4096 };

    /// <inheritdoc />
    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public virtual async Task DisposeAsync()
    {
        foreach (var stores in opened)
        {
            if (stores.Owner is { } owner)
            {
                await owner.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_new_conversation_has_an_empty_state_and_no_etag()
    {
        var stores = await OpenAsync();

        var stored = await stores.State.LoadAsync(NewId(), default);

        Assert.Equal(ConversationState.Empty, stored.State);
        Assert.Null(stored.ETag);
    }

    [Fact]
    public async Task A_saved_state_is_read_back_whole()
    {
        var stores = await OpenAsync();
        var id = NewId();
        var state = new ConversationState { LanguageCode = "fr", Salary = new SalaryState(2), LastTopic = Topic.CareerPaths, WelcomedMembers = ["u1", "u2"] };

        Assert.True(await stores.State.TrySaveAsync(id, state, null, default));
        var stored = await stores.State.LoadAsync(id, default);

        Assert.Equal(state.LanguageCode, stored.State.LanguageCode);
        Assert.Equal(state.Salary, stored.State.Salary);
        Assert.Equal(state.LastTopic, stored.State.LastTopic);
        Assert.Equal(state.WelcomedMembers, stored.State.WelcomedMembers);
        Assert.NotNull(stored.ETag);
    }

    [Fact]
    public async Task Only_the_first_of_two_creations_wins()
    {
        var stores = await OpenAsync();
        var id = NewId();

        Assert.True(await stores.State.TrySaveAsync(id, new ConversationState { LanguageCode = "en" }, null, default));
        Assert.False(await stores.State.TrySaveAsync(id, new ConversationState { LanguageCode = "fr" }, null, default));

        Assert.Equal("en", (await stores.State.LoadAsync(id, default)).State.LanguageCode);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_fails_and_changes_nothing()
    {
        var stores = await OpenAsync();
        var id = NewId();
        await stores.State.TrySaveAsync(id, new ConversationState { LastTopic = Topic.Salary }, null, default);
        var first = await stores.State.LoadAsync(id, default);
        Assert.True(await stores.State.TrySaveAsync(id, first.State with { LastTopic = Topic.Missions }, first.ETag, default));

        Assert.False(await stores.State.TrySaveAsync(id, first.State with { LastTopic = Topic.Qualities }, first.ETag, default));
        Assert.False(await stores.State.TrySaveAsync(id, first.State, "not-a-version", default));

        var now = await stores.State.LoadAsync(id, default);
        Assert.Equal(Topic.Missions, now.State.LastTopic);
        Assert.NotEqual(first.ETag, now.ETag);
    }

    [Fact]
    public async Task Of_writers_racing_on_one_version_exactly_one_wins()
    {
        var stores = await OpenAsync();
        var id = NewId();
        await stores.State.TrySaveAsync(id, ConversationState.Empty with { LanguageCode = "en" }, null, default);
        var read = await stores.State.LoadAsync(id, default);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            await stores.State.TrySaveAsync(id, read.State with { WelcomedMembers = [$"m{i}"] }, read.ETag, default))));

        Assert.Single(results, won => won);
    }

    [Fact]
    public async Task Racing_turns_that_retry_on_fresh_state_lose_no_update()
    {
        var stores = await OpenAsync();
        var id = NewId();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            while (true)
            {
                var read = await stores.State.LoadAsync(id, default);
                var next = read.State with { WelcomedMembers = [.. read.State.WelcomedMembers, $"m{i}"] };
                if (await stores.State.TrySaveAsync(id, next, read.ETag, default))
                {
                    return;
                }
            }
        })));

        var members = (await stores.State.LoadAsync(id, default)).State.WelcomedMembers;
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"m{i}").Order(StringComparer.Ordinal), members.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Eight_members_joining_at_once_are_each_welcomed_once_by_the_engine()
    {
        var stores = await OpenAsync();
        var engine = new ConversationEngine(Catalog.Value, new FrameRecognizer(Catalog.Value, new RecognizerModels(Catalog.Value.Languages.Select(l => l.Language)), Time), stores.State);
        var id = NewId();
        var members = Enumerable.Range(0, 8).Select(i => $"member-{i}").ToList();
        Turn Joined(string user) => new(id, user, TurnKind.MemberAdded, Locale: "en-US");

        var results = await Task.WhenAll(members.Select(member => Task.Run(async () => await engine.HandleAsync(Joined(member), default))));
        var again = await Task.WhenAll(members.Select(async member => await engine.HandleAsync(Joined(member), default)));

        Assert.All(results, result => Assert.NotEmpty(result.Replies));
        Assert.All(again, result => Assert.Empty(result.Replies));
        Assert.Equal(members, (await stores.State.LoadAsync(id, default)).State.WelcomedMembers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Deleting_forgets_the_conversation()
    {
        var stores = await OpenAsync();
        var id = NewId();
        await stores.State.TrySaveAsync(id, new ConversationState { LanguageCode = "fr" }, null, default);

        await stores.State.DeleteAsync(id, default);
        await stores.State.DeleteAsync(NewId(), default);

        Assert.Null((await stores.State.LoadAsync(id, default)).ETag);
        Assert.True(await stores.State.TrySaveAsync(id, ConversationState.Empty, null, default));
    }

    [Fact]
    public async Task Conversations_idle_past_the_cutoff_expire_and_the_others_stay()
    {
        var stores = await OpenAsync();
        var (idle, active) = (NewId(), NewId());
        await stores.State.TrySaveAsync(idle, new ConversationState { LanguageCode = "en" }, null, default);
        await stores.State.TrySaveAsync(active, new ConversationState { LanguageCode = "en" }, null, default);
        Time.Advance(TimeSpan.FromDays(6));
        var read = await stores.State.LoadAsync(active, default);
        await stores.State.TrySaveAsync(active, read.State with { LastTopic = Topic.Salary }, read.ETag, default);
        Time.Advance(TimeSpan.FromDays(2));

        var removed = await stores.State.RemoveIdleAsync(Time.GetUtcNow() - TimeSpan.FromDays(7), default);

        Assert.Equal(1, removed);
        Assert.Null((await stores.State.LoadAsync(idle, default)).ETag);
        Assert.Equal(Topic.Salary, (await stores.State.LoadAsync(active, default)).State.LastTopic);
    }

    [Fact]
    public async Task A_direct_line_conversation_is_created_once_and_found()
    {
        var stores = await OpenAsync();
        var conversation = new DirectLineConversation(NewId(), "dl_user", "fr-FR", Time.GetUtcNow());

        Assert.True(await stores.DirectLine.CreateAsync(conversation, default));
        Assert.False(await stores.DirectLine.CreateAsync(conversation with { UserId = "dl_other" }, default));

        var found = await stores.DirectLine.FindAsync(conversation.Id, default);
        Assert.Equal(conversation with { StartedAt = DateTimeOffset.FromUnixTimeMilliseconds(conversation.StartedAt.ToUnixTimeMilliseconds()) }, found);
        Assert.Null(await stores.DirectLine.FindAsync(NewId(), default));
    }

    [Fact]
    public async Task Activities_get_consecutive_positions_and_are_read_after_a_watermark()
    {
        var stores = await OpenAsync();
        var id = await StartAsync(stores);
        var empty = (await stores.DirectLine.ReadAsync(id, null, default))!;
        Assert.Empty(empty.Activities);
        Assert.Null(empty.Watermark);

        var kept = new List<Activity>();
        foreach (var text in new[] { "zero", "one", "two" })
        {
            kept.Add((await stores.DirectLine.AppendAsync(id, Message(text), default))!);
        }

        Assert.Equal([$"{id}|0000000", $"{id}|0000001", $"{id}|0000002"], kept.Select(a => a.Id));
        var all = (await stores.DirectLine.ReadAsync(id, null, default))!;
        Assert.Equal(["zero", "one", "two"], all.Activities.Select(a => a.Text));
        Assert.Equal("2", all.Watermark);
        Assert.Equal("user-1", all.Activities[0].From?.Id);
        var after = (await stores.DirectLine.ReadAsync(id, 0, default))!;
        Assert.Equal(["one", "two"], after.Activities.Select(a => a.Text));
        var none = (await stores.DirectLine.ReadAsync(id, 2, default))!;
        Assert.Empty(none.Activities);
        Assert.Equal("2", none.Watermark);
    }

    [Fact]
    public async Task History_keeps_the_latest_activities_only()
    {
        var stores = await OpenAsync();
        var id = await StartAsync(stores);

        for (var i = 0; i < 8; i++)
        {
            await stores.DirectLine.AppendAsync(id, Message(i.ToString(CultureInfo.InvariantCulture)), default);
        }

        var set = (await stores.DirectLine.ReadAsync(id, null, default))!;
        Assert.Equal(["3", "4", "5", "6", "7"], set.Activities.Select(a => a.Text));
        Assert.Equal("7", set.Watermark);
    }

    [Fact]
    public async Task An_unknown_direct_line_conversation_has_no_history_and_takes_no_activity()
    {
        var stores = await OpenAsync();
        var id = NewId();

        Assert.Null(await stores.DirectLine.AppendAsync(id, Message("hello"), default));
        Assert.Null(await stores.DirectLine.ReadAsync(id, null, default));
    }

    [Fact]
    public async Task No_conversation_is_created_beyond_the_limit()
    {
        var stores = await OpenAsync();
        for (var i = 0; i < DirectLineOptions.MaxConversations; i++)
        {
            await StartAsync(stores);
        }

        await Assert.ThrowsAsync<ConversationLimitException>(() => StartAsync(stores));
    }

    [Fact]
    public async Task Concurrent_starts_never_pass_the_conversation_limit()
    {
        // Today: count then insert, not atomic (10,004 rows for a limit of 10,000).
        var stores = await OpenAsync();

        var started = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => Task.Run(async () =>
        {
            try
            {
                return await stores.DirectLine.CreateAsync(new DirectLineConversation(NewId(), "dl_user", null, Time.GetUtcNow()), default);
            }
            catch (ConversationLimitException)
            {
                return false;
            }
        })));

        Assert.Equal(DirectLineOptions.MaxConversations, started.Count(created => created));
        Assert.Equal(DirectLineOptions.MaxConversations, await stores.DirectLine.CountAsync(default));
    }

    [Fact]
    public async Task History_keeps_no_more_bytes_than_its_limit_and_always_the_newest()
    {
        // Today: 500 activities of up to 64 KB, 32 MB per anonymous conversation.
        var stores = await OpenAsync();
        var id = await StartAsync(stores);

        for (var i = 0; i < 4; i++)
        {
            await stores.DirectLine.AppendAsync(id, Message(i.ToString(CultureInfo.InvariantCulture) + new string('x', 1500)), default);
        }

        var set = (await stores.DirectLine.ReadAsync(id, null, default))!;
        Assert.Equal(["2", "3"], set.Activities.Select(a => a.Text![..1]));
        Assert.Equal("3", set.Watermark);

        await stores.DirectLine.AppendAsync(id, Message("huge" + new string('y', 6000)), default);
        var newest = (await stores.DirectLine.ReadAsync(id, null, default))!;
        Assert.StartsWith("huge", Assert.Single(newest.Activities).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_appends_never_share_a_position()
    {
        var stores = await OpenAsync();
        var id = await StartAsync(stores);

        var kept = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
            (await stores.DirectLine.AppendAsync(id, Message(i.ToString(CultureInfo.InvariantCulture)), default))!)));

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"{id}|{i:D7}"), kept.Select(a => a.Id!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Idle_direct_line_conversations_are_forgotten_with_their_activities()
    {
        var stores = await OpenAsync();
        var idle = await StartAsync(stores);
        await stores.DirectLine.AppendAsync(idle, Message("old"), default);
        Time.Advance(TimeSpan.FromHours(2));
        var active = await StartAsync(stores);
        await stores.DirectLine.AppendAsync(active, Message("new"), default);

        var removed = await stores.DirectLine.RemoveIdleAsync(Time.GetUtcNow() - TimeSpan.FromHours(1), default);

        Assert.Equal([idle], removed);
        Assert.Equal(1, await stores.DirectLine.CountAsync(default));
        Assert.Null(await stores.DirectLine.FindAsync(idle, default));
        Assert.Null(await stores.DirectLine.ReadAsync(idle, null, default));
        Assert.Equal(["new"], (await stores.DirectLine.ReadAsync(active, null, default))!.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task Replies_saved_with_a_state_are_kept_only_when_the_state_is_written()
    {
        var stores = await OpenAsync();
        var id = NewId();

        Assert.True(await stores.State.TrySaveAsync(id, new ConversationState { LanguageCode = "en" }, null, [new OutboxMessage("one"), new OutboxMessage("two")], default));
        Assert.False(await stores.State.TrySaveAsync(id, new ConversationState { LanguageCode = "fr" }, null, [new OutboxMessage("lost race")], default));
        var read = await stores.State.LoadAsync(id, default);
        Assert.False(await stores.State.TrySaveAsync(id, read.State, "12345", [new OutboxMessage("stale")], default));
        Assert.True(await stores.State.TrySaveAsync(id, read.State with { LastTopic = Topic.Salary }, read.ETag, [new OutboxMessage("three")], default));

        Assert.Equal(3, await stores.Outbox.CountAsync(default));
        Assert.Equal(["one", "two", "three"], await DrainAsync(stores.Outbox));
    }

    [Fact]
    public async Task Only_the_oldest_reply_of_a_conversation_is_claimed_and_the_next_once_it_is_removed()
    {
        var stores = await OpenAsync();
        var (a, b) = (NewId(), NewId());
        await stores.Outbox.EnqueueAsync(a, [new OutboxMessage("a1"), new OutboxMessage("a2")], default);
        await stores.Outbox.EnqueueAsync(b, [new OutboxMessage("b1")], default);

        var first = await stores.Outbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default);
        Assert.Equal(["a1", "b1"], first.Select(i => i.Payload));
        Assert.Empty(await stores.Outbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default));

        Assert.True(await stores.Outbox.RemoveAsync(first[0], default));
        var next = Assert.Single(await stores.Outbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default));
        Assert.Equal(("a2", a, 0), (next.Payload, next.ConversationId, next.Attempts));
        Assert.Equal(Time.GetUtcNow().ToUnixTimeMilliseconds(), next.CreatedAt.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task A_claimed_reply_is_claimed_again_only_once_its_lease_has_ended()
    {
        var stores = await OpenAsync();
        await stores.Outbox.EnqueueAsync(NewId(), [new OutboxMessage("leased")], default);
        var claimed = Assert.Single(await stores.Outbox.ClaimAsync(10, TimeSpan.FromSeconds(30), default));

        Time.Advance(TimeSpan.FromSeconds(29));
        Assert.Empty(await stores.Outbox.ClaimAsync(10, TimeSpan.FromSeconds(30), default));
        Time.Advance(TimeSpan.FromSeconds(2));
        var again = Assert.Single(await stores.Outbox.ClaimAsync(10, TimeSpan.FromSeconds(30), default));

        // The first holder's lease is over: it can neither remove nor postpone the reply now held by another.
        Assert.NotEqual(claimed.Lease, again.Lease);
        Assert.False(await stores.Outbox.RemoveAsync(claimed, default));
        Assert.False(await stores.Outbox.PostponeAsync(claimed, Time.GetUtcNow(), default));
        Assert.True(await stores.Outbox.RemoveAsync(again, default));
        Assert.Equal(0, await stores.Outbox.CountAsync(default));
    }

    [Fact]
    public async Task A_postponed_reply_is_due_again_at_its_time_with_its_attempt_counted()
    {
        var stores = await OpenAsync();
        await stores.Outbox.EnqueueAsync(NewId(), [new OutboxMessage("retried")], default);
        var claimed = Assert.Single(await stores.Outbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default));

        Assert.True(await stores.Outbox.PostponeAsync(claimed, Time.GetUtcNow().AddSeconds(10), default));

        Assert.Empty(await stores.Outbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default));
        Time.Advance(TimeSpan.FromSeconds(10));
        var again = Assert.Single(await stores.Outbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default));
        Assert.Equal(("retried", 1), (again.Payload, again.Attempts));
    }

    [Fact]
    public async Task Forgetting_a_conversation_keeps_the_replies_it_already_committed()
    {
        var stores = await OpenAsync();
        var id = NewId();
        await stores.State.TrySaveAsync(id, ConversationState.Empty with { LanguageCode = "en" }, null, [new OutboxMessage("goodbye")], default);

        await stores.State.DeleteAsync(id, default);
        await stores.State.RemoveIdleAsync(Time.GetUtcNow().AddDays(1), default);

        Assert.Equal(["goodbye"], await DrainAsync(stores.Outbox));
    }

    [Fact]
    public async Task Ratings_are_read_back_whole_most_recent_first_by_reaction()
    {
        var stores = await OpenAsync();
        var first = new Feedback(Time.GetUtcNow(), "a1b2c3d4e5f6", "msteams", FeedbackReaction.Dislike, "Too high", "salary", "fr");
        await stores.Feedback.AddAsync(first, default);
        Time.Advance(TimeSpan.FromMinutes(1));
        var second = first with { At = Time.GetUtcNow(), Comment = null, HandledAs = "unknown", Language = "unknown", Channel = "webchat" };
        await stores.Feedback.AddAsync(second, default);
        await stores.Feedback.AddAsync(first with { At = Time.GetUtcNow(), Reaction = FeedbackReaction.Like }, default);

        var disliked = await stores.Feedback.RecentAsync(FeedbackReaction.Dislike, 10, default);

        Assert.Equal([second, first], disliked);
        Assert.Single(await stores.Feedback.RecentAsync(FeedbackReaction.Like, 10, default));
        Assert.Single(await stores.Feedback.RecentAsync(FeedbackReaction.Dislike, 1, default));
        Assert.Empty(await stores.Feedback.RecentAsync(FeedbackReaction.Dislike, 0, default));
    }

    [Fact]
    public async Task Ratings_are_bounded_the_oldest_going_first()
    {
        var stores = await OpenAsync();
        for (var i = 0; i <= MemoryFeedbackStore.Capacity; i++)
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            await stores.Feedback.AddAsync(new Feedback(Time.GetUtcNow(), "p", "webchat", FeedbackReaction.Dislike, $"c{i}", "salary", "en"), default);
        }

        var kept = await stores.Feedback.RecentAsync(FeedbackReaction.Dislike, int.MaxValue, default);

        Assert.Equal(MemoryFeedbackStore.Capacity, kept.Count);
        Assert.Equal($"c{MemoryFeedbackStore.Capacity}", kept[0].Comment);
        Assert.DoesNotContain(kept, f => f.Comment == "c0");
    }

    [Fact]
    public async Task The_answer_ledger_finds_what_was_recorded_and_forgets_what_is_old()
    {
        var stores = await OpenAsync();
        var conversation = NewId();
        await stores.Answers.RecordAsync(conversation, "old", new AnswerLabel("salary", "fr"), default);
        await stores.Answers.RecordAsync(conversation, "old", new AnswerLabel("fallback", "en"), default);
        Time.Advance(TimeSpan.FromDays(8));
        await stores.Answers.RecordAsync(conversation + ";messageid=17", "new", new AnswerLabel("missions", "en"), default);

        Assert.Equal(new AnswerLabel("salary", "fr"), await stores.Answers.FindAsync(conversation, "old", default));
        Assert.Equal(new AnswerLabel("missions", "en"), await stores.Answers.FindAsync(conversation, "new", default));
        Assert.Null(await stores.Answers.FindAsync(NewId(), "old", default));

        Assert.Equal(1, await stores.Answers.RemoveOlderThanAsync(Time.GetUtcNow() - TimeSpan.FromDays(7), default));
        Assert.Null(await stores.Answers.FindAsync(conversation, "old", default));
        Assert.NotNull(await stores.Answers.FindAsync(conversation, "new", default));
    }

    /// <summary>Claims and removes every reply, one round after the other; returns their payloads in that order.</summary>
    protected static async Task<List<string>> DrainAsync(IReplyOutbox outbox)
    {
        var payloads = new List<string>();
        while (await outbox.ClaimAsync(100, TimeSpan.FromMinutes(1), default) is { Count: > 0 } claimed)
        {
            foreach (var item in claimed)
            {
                payloads.Add(item.Payload);
                await outbox.RemoveAsync(item, default);
            }
        }

        return payloads;
    }

    /// <summary>Stores over a new, empty storage.</summary>
    protected abstract Task<Stores> CreateAsync();

    /// <summary>Opens stores (disposed after the test).</summary>
    protected async Task<Stores> OpenAsync() => Track(await CreateAsync());

    /// <summary>Disposes <paramref name="stores"/> after the test.</summary>
    protected Stores Track(Stores stores)
    {
        opened.Add(stores);
        return stores;
    }

    /// <summary>A conversation id no other test uses.</summary>
    protected static string NewId() => "conv-" + Guid.NewGuid().ToString("N");

    /// <summary>Starts a Direct Line conversation; returns its id.</summary>
    protected async Task<string> StartAsync(Stores stores)
    {
        var id = NewId();
        await stores.DirectLine.CreateAsync(new DirectLineConversation(id, "dl_user", "en-US", Time.GetUtcNow()), default);
        return id;
    }

    /// <summary>A user's message.</summary>
    protected static Activity Message(string text) =>
        new() { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount("user-1", Role: "user") };
}
