namespace CareerBot.Core.Content;

/// <summary>A section of <c>vocabulary.md</c> the code reads ("## salary"), with how its entries are written.</summary>
/// <param name="Name">The heading ("salary", "experience.year-units").</param>
/// <param name="Kind">How its entries are written.</param>
/// <param name="Meaning">What the words mean to CareerBot, for error messages and the authors' guide.</param>
public sealed record VocabularyKey(string Name, VocabularyKind Kind, string Meaning)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
