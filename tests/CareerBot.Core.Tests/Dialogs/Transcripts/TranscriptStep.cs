namespace CareerBot.Core.Tests.Dialogs.Transcripts;

/// <summary>One step of a transcript: what the user does, and what the bot's answer must show.</summary>
public sealed record TranscriptStep(string Kind, string Text, int Line, IReadOnlyList<TranscriptCheck> Checks);
