namespace CareerBot.Core.Understanding;

/// <summary>What a phrase found in a message stands for.</summary>
internal enum ConceptKind
{
    /// <summary>A kind of word (<see cref="Understanding.Cue"/>).</summary>
    Cue,

    /// <summary>A topic the content does not cover; the value is its limit id.</summary>
    Topic,

    /// <summary>A role of the content; the value is its id.</summary>
    Role,

    /// <summary>A career path of a role; the value is the role's id.</summary>
    CareerPath,

    /// <summary>A job CareerBot does not know.</summary>
    OtherRole,

    /// <summary>A country or city abroad; the value is its key.</summary>
    Abroad,

    /// <summary>A city of the home country; the value is its key.</summary>
    City,
}
