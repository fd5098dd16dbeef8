namespace CareerBot.Core.Understanding;

/// <summary>A place a message names.</summary>
/// <param name="Kind">Abroad, a city or the regions of the home country.</param>
/// <param name="Name">The place as the answer's language writes it ("Germany", "l'Allemagne", "Paris").</param>
public sealed record Place(PlaceKind Kind, string Name);
