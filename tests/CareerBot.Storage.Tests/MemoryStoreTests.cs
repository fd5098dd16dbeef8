using CareerBot.BotFramework.DirectLine;
using CareerBot.BotFramework.Ratings;
using CareerBot.Core.State;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.Tests;

/// <summary>The contract, in memory (Storage:Provider=Memory).</summary>
public sealed class MemoryStoreTests : ConversationStoreContract
{
    /// <inheritdoc />
    protected override Task<Stores> CreateAsync()
    {
        var state = new MemoryConversationStateStore(Time);
        return Task.FromResult(new Stores(
            state, new MemoryDirectLineConversationStore(Options.Create(DirectLineOptions), Time), state, new MemoryFeedbackStore(), new MemoryAnswerLedger(Time)));
    }
}
