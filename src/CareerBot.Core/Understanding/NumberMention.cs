namespace CareerBot.Core.Understanding;

/// <summary>A number found in a message by the number model ("seven" → 7), a number word of the vocabulary ("a
/// dozen"), or an article before a unit ("a decade").</summary>
/// <param name="Start">Where it starts in the text.</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Value">Its value.</param>
/// <param name="Text">The text as written.</param>
internal sealed record NumberMention(int Start, int End, decimal Value, string Text)
{
    /// <summary>True for a four-digit year ("2019"), which is a date, never a number of years.</summary>
    public bool IsYear => Text.Length == 4 && Text.All(char.IsAsciiDigit) && Value is >= 1900 and <= 2100;
}
