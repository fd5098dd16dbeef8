namespace CareerBot.Conversation;

/// <summary>A one-field form on a card: a number input and a button. The button sends <paramref name="Verb"/> with the
/// input's value under <paramref name="InputId"/>; it comes back as a <see cref="TurnKind.CardAction"/> turn.</summary>
/// <param name="Verb">What the button does ("salary").</param>
/// <param name="InputId">The name of the value the button sends ("years").</param>
/// <param name="Label">The input's visible label.</param>
/// <param name="Placeholder">The input's placeholder.</param>
/// <param name="Button">The button's title.</param>
public sealed record CardForm(string Verb, string InputId, string Label, string Placeholder, string Button);
