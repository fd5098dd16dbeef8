namespace CareerBot.Core.Content;

/// <summary>A place in a content file, for error messages: path relative to the content root and 1-based line.</summary>
public sealed record ContentSource(string File, int Line)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}";
}
