namespace CareerBot.BotFramework.Ratings;

/// <summary>What an answer was, as its turn was handled: kept with the answer's activity id so that a rating of it
/// (which names only that id) can say what was rated. Normalised names only, never the person's words.</summary>
/// <param name="HandledAs">The "handled as" name of the turn (<c>TurnResult.Intent</c>).</param>
/// <param name="Language">The language it answered in (<c>TurnResult.Language</c>, a two-letter code).</param>
public sealed record AnswerLabel(string HandledAs, string Language)
{
    /// <summary>What a rating says when its answer cannot be found any more (too old, or never recorded).</summary>
    public static AnswerLabel Unknown { get; } = new("unknown", "unknown");

    /// <summary>Longest name kept; a longer one (not one CareerBot makes) is kept as "unknown".</summary>
    public const int MaxLength = 64;

    /// <summary>The label with each name checked: at most <see cref="MaxLength"/> characters of letters, digits,
    /// <c>.</c>, <c>-</c> and <c>_</c>, else "unknown".</summary>
    public static AnswerLabel Of(string? handledAs, string? language) => new(Name(handledAs), Name(language));

    private static string Name(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxLength && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')
            ? name
            : "unknown";
}
