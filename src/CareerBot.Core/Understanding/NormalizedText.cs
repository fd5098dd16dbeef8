namespace CareerBot.Core.Understanding;

/// <summary>A message prepared for recognition: tags stripped, truncated, lower-cased; <see cref="Folded"/> has the
/// same length and indices as <see cref="Lower"/> but without accents, so regexes and the recognizer models share
/// positions.</summary>
/// <param name="Original">The cleaned text with its original casing (used where casing matters: "US").</param>
/// <param name="Lower">The cleaned text, lower-cased, apostrophes and dashes unified.</param>
/// <param name="Folded">The lower-cased text without diacritics, index-aligned with <see cref="Lower"/>.</param>
/// <param name="Tokens">The words of <see cref="Folded"/> joined by single spaces, padded with a space at each end
/// (" what s the salary "), for phrase look-ups.</param>
/// <param name="TokenStarts">Where each word starts in <see cref="Lower"/>.</param>
/// <param name="TokenEnds">Where each word ends (exclusive) in <see cref="Lower"/>.</param>
internal sealed record NormalizedText(
    string Original,
    string Lower,
    string Folded,
    string Tokens,
    IReadOnlyList<int> TokenStarts,
    IReadOnlyList<int> TokenEnds)
{
    /// <summary>How many words the message has.</summary>
    public int TokenCount => TokenStarts.Count;

    /// <summary>The text the user wrote (lower-cased) from word <paramref name="first"/> to word
    /// <paramref name="last"/>, inclusive.</summary>
    public string Span(int first, int last) => Lower[TokenStarts[first]..TokenEnds[last]];

    /// <summary>The index of the word starting at <paramref name="position"/> in <see cref="Tokens"/>.</summary>
    public int TokenIndexAt(int position)
    {
        var index = -1;
        for (var i = 0; i < position && i < Tokens.Length; i++)
        {
            if (Tokens[i] == ' ')
            {
                index++;
            }
        }

        return index;
    }

    /// <summary>The words of the message, accents removed (split once, on first use).</summary>
    public IReadOnlyList<string> Words => words ??= Tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private string[]? words;
}
