using CareerBot.BotFramework.DirectLine;
using CareerBot.BotFramework.Ratings;
using CareerBot.Conversation;
using CareerBot.Core.State;

namespace CareerBot.Storage.Tests;

/// <summary>The stores of one provider over one storage.</summary>
/// <param name="State">Conversation state.</param>
/// <param name="DirectLine">Direct Line conversations.</param>
/// <param name="Outbox">The reply outbox (written with <paramref name="State"/>'s saves).</param>
/// <param name="Feedback">Ratings of answers.</param>
/// <param name="Answers">The ledger of rated answers.</param>
/// <param name="Owner">What to dispose afterwards (the database access), if anything.</param>
public sealed record Stores(
    IConversationStateStore State, IDirectLineConversationStore DirectLine, IReplyOutbox Outbox, IFeedbackStore Feedback, IAnswerLedger Answers,
    IAsyncDisposable? Owner = null);
