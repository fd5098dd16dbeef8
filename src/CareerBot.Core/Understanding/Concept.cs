namespace CareerBot.Core.Understanding;

/// <summary>What a phrase of the vocabulary or the content stands for.</summary>
/// <param name="Kind">The kind of thing.</param>
/// <param name="Cue">For <see cref="ConceptKind.Cue"/>: which.</param>
/// <param name="Value">A topic's limit id, a role's id, a place's key.</param>
/// <param name="Index">For <see cref="ConceptKind.CareerPath"/>: the path's place in the role's list.</param>
internal readonly record struct Concept(ConceptKind Kind, Cue Cue = default, string? Value = null, int Index = 0)
{
    public static Concept Of(Cue cue) => new(ConceptKind.Cue, cue);
}
