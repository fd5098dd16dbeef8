namespace CareerBot.Admin;

/// <summary>The words the page shows for the normalised names in the figures (a name not listed is shown as it is).</summary>
/// <param name="Intents">"Handled as" names (and "none", "other", "unknown").</param>
/// <param name="Outcomes">Outcomes, in the order the turns chart stacks them.</param>
/// <param name="Channels">Channels.</param>
/// <param name="Languages">Languages.</param>
public sealed record AdminLabels(
    IReadOnlyDictionary<string, string> Intents,
    IReadOnlyDictionary<string, string> Outcomes,
    IReadOnlyDictionary<string, string> Channels,
    IReadOnlyDictionary<string, string> Languages)
{
    /// <summary>The labels of <see cref="OperatorLabels"/>.</summary>
    public static AdminLabels Default { get; } = new(
        OperatorLabels.IntentNames.ToDictionary(name => name, OperatorLabels.Intent, StringComparer.Ordinal),
        OperatorLabels.OutcomeOrder.ToDictionary(name => name, OperatorLabels.Outcome, StringComparer.Ordinal),
        OperatorLabels.ChannelNames.ToDictionary(name => name, OperatorLabels.Channel, StringComparer.Ordinal),
        OperatorLabels.LanguageNames.ToDictionary(name => name, OperatorLabels.Language, StringComparer.Ordinal));
}
