using CareerBot.BotFramework.Ratings;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.BotFramework.Tests.Ratings;

public sealed class MemoryAnswerLedgerTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_recorded_answer_is_found_by_its_conversation_and_id_and_only_so()
    {
        var ledger = new MemoryAnswerLedger(time);

        await ledger.RecordAsync("conv-1", "act-1", new AnswerLabel("salary", "fr"), default);

        Assert.Equal(new AnswerLabel("salary", "fr"), await ledger.FindAsync("conv-1", "act-1", default));
        Assert.Null(await ledger.FindAsync("conv-2", "act-1", default));
        Assert.Null(await ledger.FindAsync("conv-1", "act-2", default));
    }

    [Fact]
    public async Task A_teams_thread_counts_as_its_conversation()
    {
        var ledger = new MemoryAnswerLedger(time);

        await ledger.RecordAsync("19:abc@thread.skype;messageid=1700", "1:xyz", new AnswerLabel("missions", "en"), default);

        Assert.Equal("missions", (await ledger.FindAsync("19:abc@thread.skype", "1:xyz", default))?.HandledAs);
    }

    [Fact]
    public async Task The_first_label_recorded_for_an_id_is_kept()
    {
        var ledger = new MemoryAnswerLedger(time);

        await ledger.RecordAsync("c", "a", new AnswerLabel("salary", "en"), default);
        await ledger.RecordAsync("c", "a", new AnswerLabel("fallback", "fr"), default);

        Assert.Equal(new AnswerLabel("salary", "en"), await ledger.FindAsync("c", "a", default));
    }

    [Fact]
    public async Task Answers_older_than_the_retention_are_forgotten_by_the_sweep()
    {
        var ledger = new MemoryAnswerLedger(time);
        await ledger.RecordAsync("c", "old", new AnswerLabel("salary", "en"), default);
        time.Advance(TimeSpan.FromDays(8));
        await ledger.RecordAsync("c", "new", new AnswerLabel("missions", "en"), default);

        var removed = await ledger.RemoveOlderThanAsync(time.GetUtcNow() - TimeSpan.FromDays(7), default);

        Assert.Equal(1, removed);
        Assert.Null(await ledger.FindAsync("c", "old", default));
        Assert.NotNull(await ledger.FindAsync("c", "new", default));
    }

    [Fact]
    public async Task The_ledger_is_bounded_the_oldest_going_first()
    {
        var ledger = new MemoryAnswerLedger(time);
        for (var i = 0; i <= MemoryAnswerLedger.Capacity; i++)
        {
            await ledger.RecordAsync("c", $"a{i}", new AnswerLabel("salary", "en"), default);
        }

        Assert.Null(await ledger.FindAsync("c", "a0", default));
        Assert.NotNull(await ledger.FindAsync("c", "a1", default));
        Assert.NotNull(await ledger.FindAsync("c", $"a{MemoryAnswerLedger.Capacity}", default));
    }

    [Theory]
    [InlineData("salary", "en", "salary", "en")]
    [InlineData("salary-table", "fr", "salary-table", "fr")]
    [InlineData("<script>", "en", "unknown", "en")]
    [InlineData(null, "", "unknown", "unknown")]
    public void Labels_hold_normalised_names_only(string? handledAs, string? language, string keptName, string keptLanguage) =>
        Assert.Equal(new AnswerLabel(keptName, keptLanguage), AnswerLabel.Of(handledAs, language));
}
