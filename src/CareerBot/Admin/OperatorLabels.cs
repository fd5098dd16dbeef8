using System.Collections.Frozen;
using CareerBot.Core.Dialogs;

namespace CareerBot.Admin;

/// <summary>How the page names the normalised values the metrics carry (operator-facing words, in English like the
/// rest of the page). A value it does not know is shown as it is.</summary>
internal static class OperatorLabels
{
    private static readonly FrozenDictionary<string, HandledAs> Intents =
        HandledAs.All.ToFrozenDictionary(h => h.Name, StringComparer.Ordinal);

    /// <summary>Names the metrics carry besides the conversation's own.</summary>
    private static readonly FrozenDictionary<string, string> Others = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["none"] = "Nothing recognised",
        ["other"] = "Other",
        ["unknown"] = "Unknown",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Outcomes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["answered"] = "Answered",
        ["asked"] = "Asked back",
        ["fallback"] = "Fallback",
        ["silent"] = "Silent",
        ["error"] = "Error",
        ["other"] = "Other",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Channels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["msteams"] = "Microsoft Teams",
        ["webchat"] = "Web Chat",
        ["directline"] = "Direct Line",
        ["emulator"] = "Emulator",
        ["test"] = "Test",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Languages = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["en"] = "English",
        ["fr"] = "French",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every intent name with a label.</summary>
    public static IReadOnlyList<string> IntentNames { get; } = [.. Intents.Keys, .. Others.Keys];

    /// <summary>Every channel name with a label.</summary>
    public static IReadOnlyList<string> ChannelNames { get; } = [.. Channels.Keys];

    /// <summary>Every language name with a label.</summary>
    public static IReadOnlyList<string> LanguageNames { get; } = [.. Languages.Keys];

    /// <summary>The outcomes in the order the turns chart stacks them.</summary>
    public static IReadOnlyList<string> OutcomeOrder { get; } = ["answered", "asked", "fallback", "silent", "error"];

    public static string Intent(string name) => Intents.GetValueOrDefault(name)?.Label ?? Others.GetValueOrDefault(name, name);

    public static string Outcome(string name) => Outcomes.GetValueOrDefault(name, name);

    public static string Channel(string name) => Channels.GetValueOrDefault(name, name);

    public static string Language(string name) => Languages.GetValueOrDefault(name, name);
}
