using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Adapter;

/// <summary>What an invoke gets back in the HTTP response: the status and, when there is one, the body.</summary>
public sealed record InvokeResponse(int Status, InvokeResponseBody? Body);
