using CareerBot.Conversation;
using CareerBot.Core.Dialogs;
using CareerBot.Core.State;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Dialogs;

/// <summary>The engine's save path in normal delivery: a turn's replies go to the outbox in the commit of its state,
/// those of the attempt that saved only, and a turn that says nothing leaves nothing there.</summary>
public sealed class ConversationEngineTests
{
    private const string Conversation = "c-outbox";

    private readonly FakeTimeProvider time = new(TestContent.Today);

    [Fact]
    public async Task A_turns_reply_is_committed_to_the_outbox_with_its_state()
    {
        var store = new MemoryConversationStateStore(time);
        var engine = Engine(store);

        var result = await engine.HandleAsync(Message("What does a backend developer do?"), Encode, default);

        var item = Assert.Single(await store.ClaimAsync(10, TimeSpan.FromMinutes(1), default));
        Assert.Equal(Conversation, item.ConversationId);
        Assert.Equal(Assert.Single(result.Replies).Markdown, item.Payload);
        Assert.Contains("API", item.Payload, StringComparison.Ordinal);
        Assert.Equal("en", (await store.LoadAsync(Conversation, default)).State.LanguageCode);
    }

    [Fact]
    public async Task A_turn_that_leaves_the_state_as_it_was_still_commits_its_reply()
    {
        var store = new MemoryConversationStateStore(time);
        var engine = Engine(store);
        await engine.HandleAsync(Message("What does a backend developer do?"), Encode, default);
        var before = await store.LoadAsync(Conversation, default);

        await engine.HandleAsync(Message("What does a backend developer do?"), Encode, default);

        var after = await store.LoadAsync(Conversation, default);
        Assert.Equal(before.State, after.State);
        Assert.NotEqual(before.ETag, after.ETag);
        Assert.Equal(2, await store.CountAsync(default));
    }

    [Fact]
    public async Task A_silent_turn_commits_nothing()
    {
        var store = new MemoryConversationStateStore(time);
        var engine = Engine(store);
        var joined = new Turn(Conversation, "user-1", TurnKind.MemberAdded, Locale: "en-US");
        await engine.HandleAsync(joined, Encode, default);

        var again = await engine.HandleAsync(joined, Encode, default);

        Assert.Empty(again.Replies);
        Assert.Equal(1, await store.CountAsync(default));
    }

    [Fact]
    public async Task A_turn_that_loses_a_race_commits_only_the_replies_of_the_attempt_that_saved()
    {
        var store = new MemoryConversationStateStore(time);
        var racing = new RacedOnceStore(store);
        var engine = Engine(racing);
        var encoded = 0;

        await engine.HandleAsync(Message("What does a backend developer do?"), result =>
        {
            encoded++;
            return Encode(result);
        }, default);

        Assert.Equal(2, encoded);
        var item = Assert.Single(await store.ClaimAsync(10, TimeSpan.FromMinutes(1), default));
        Assert.Contains("API", item.Payload, StringComparison.Ordinal);
        Assert.Equal("en", (await store.LoadAsync(Conversation, default)).State.LanguageCode);
    }

    [Fact]
    public async Task Without_an_encoder_nothing_goes_to_the_outbox()
    {
        var store = new MemoryConversationStateStore(time);

        var result = await Engine(store).HandleAsync(Message("What does a backend developer do?"), default);

        Assert.Single(result.Replies);
        Assert.Equal(0, await store.CountAsync(default));
    }

    [Fact]
    public async Task The_salary_from_a_cards_button_cites_the_article_and_an_apology_does_not()
    {
        var engine = Engine(new MemoryConversationStateStore(time));
        var data = new Dictionary<string, string> { [SalaryCard.YearsInput] = "12" };

        var fromCard = await engine.HandleAsync(new Turn(Conversation, "user-1", TurnKind.CardAction, Locale: "fr-FR", Data: data, Name: SalaryCard.Verb), default);
        var apology = await engine.RecoverAsync(Message("What does a backend developer do?"), default);

        var source = Assert.Single(fromCard.Replies).Source;
        Assert.NotNull(source);
        Assert.Equal("Rôles et missions du développeur backend", source.Title);
        Assert.Equal("Source : *Rôles et missions du développeur backend*", source.Line);
        Assert.Null(source.Url);
        Assert.InRange(source.Abstract.Length, 1, 160);
        Assert.Null(apology.Source);
    }

    private static IReadOnlyList<OutboxMessage> Encode(TurnResult result) =>
        [.. result.Replies.Select(reply => new OutboxMessage(reply.Markdown))];

    private static Turn Message(string text) => new(Conversation, "user-1", TurnKind.Message, text, "en-US");

    private ConversationEngine Engine(IConversationStateStore store) =>
        new(TestContent.Catalog, TestContent.Recognizer(time), store);
}
