using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>Activities after a watermark, and the watermark to ask from next time (<c>GET …/activities</c>, stream frames).</summary>
/// <param name="Activities">The activities, oldest first.</param>
/// <param name="Watermark">The position of the last one (or the one given when there is none).</param>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
