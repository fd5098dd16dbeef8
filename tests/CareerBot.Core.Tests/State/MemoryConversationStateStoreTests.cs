using CareerBot.Core.State;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.State;

/// <summary>The in-memory store keeps each conversation's state with optimistic concurrency and forgets idle ones.</summary>
public sealed class MemoryConversationStateStoreTests
{
    private readonly FakeTimeProvider time = new(TestContent.Today);

    [Fact]
    public async Task A_state_is_read_back_with_the_version_to_update()
    {
        var store = new MemoryConversationStateStore(time);
        Assert.True(await store.TrySaveAsync("c", new ConversationState { LanguageCode = "fr" }, null, default));

        var stored = await store.LoadAsync("c", default);

        Assert.Equal("fr", stored.State.LanguageCode);
        Assert.NotNull(stored.ETag);
    }

    [Fact]
    public async Task Of_two_turns_that_read_the_same_version_only_the_first_writes()
    {
        var store = new MemoryConversationStateStore(time);
        await store.TrySaveAsync("c", ConversationState.Empty with { LanguageCode = "en" }, null, default);
        var read = await store.LoadAsync("c", default);

        Assert.True(await store.TrySaveAsync("c", read.State with { HintShown = true }, read.ETag, default));
        Assert.False(await store.TrySaveAsync("c", read.State with { RoleId = "other" }, read.ETag, default));
        Assert.True((await store.LoadAsync("c", default)).State.HintShown);
    }

    [Fact]
    public async Task Idle_conversations_are_forgotten()
    {
        var store = new MemoryConversationStateStore(time);
        await store.TrySaveAsync("old", ConversationState.Empty with { LanguageCode = "en" }, null, default);
        time.Advance(TimeSpan.FromDays(8));
        await store.TrySaveAsync("new", ConversationState.Empty with { LanguageCode = "en" }, null, default);

        Assert.Equal(1, await store.RemoveIdleAsync(time.GetUtcNow() - TimeSpan.FromDays(7), default));
        Assert.Null((await store.LoadAsync("old", default)).ETag);
        Assert.NotNull((await store.LoadAsync("new", default)).ETag);
    }
}
