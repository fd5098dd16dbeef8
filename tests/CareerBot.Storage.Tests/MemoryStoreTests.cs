using CareerBot.BotFramework.DirectLine;
using CareerBot.Core.State;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.Tests;

/// <summary>The contract, in memory (Storage:Provider=Memory).</summary>
public sealed class MemoryStoreTests : ConversationStoreContract
{
    /// <inheritdoc />
    protected override Task<Stores> CreateAsync() =>
        Task.FromResult(new Stores(new MemoryConversationStateStore(Time), new MemoryDirectLineConversationStore(Options.Create(DirectLineOptions), Time)));
}
