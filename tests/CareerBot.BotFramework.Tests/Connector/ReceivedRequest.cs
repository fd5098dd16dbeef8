using System.Diagnostics;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>One request a <see cref="FakeServer"/> received; <paramref name="Path"/> is decoded, <paramref name="RawTarget"/>
/// the path and query exactly as sent; <paramref name="Timestamp"/> is a <see cref="Stopwatch"/> timestamp taken on
/// arrival, <paramref name="WallClock"/> the UTC time then.</summary>
public sealed record ReceivedRequest(
    int Number, string Method, string Path, string RawTarget, string Query, IReadOnlyDictionary<string, string> Headers, string Body, long Timestamp, DateTimeOffset WallClock)
{
    /// <summary>The <c>Authorization</c> header; empty when there was none.</summary>
    public string Authorization => Headers.GetValueOrDefault("Authorization", string.Empty);

    /// <summary>The time between <paramref name="earlier"/>'s arrival and this one's.</summary>
    public TimeSpan Since(ReceivedRequest earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return Stopwatch.GetElapsedTime(earlier.Timestamp, Timestamp);
    }
}
