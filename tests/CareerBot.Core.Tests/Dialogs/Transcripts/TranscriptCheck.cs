namespace CareerBot.Core.Tests.Dialogs.Transcripts;

/// <summary>One expectation on the bot's answer to a step.</summary>
public sealed record TranscriptCheck(string Kind, string Expected, int Line);
