namespace CareerBot.Core.Understanding;

/// <summary>Where a message asks about, compared with the market the figures describe.</summary>
public enum PlaceKind
{
    /// <summary>Another country, or a city abroad.</summary>
    Abroad,

    /// <summary>A city or region of the home country ("Paris", "Lyon").</summary>
    City,

    /// <summary>Regions of the home country in general ("in the provinces").</summary>
    Regions,
}
