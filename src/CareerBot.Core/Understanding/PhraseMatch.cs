namespace CareerBot.Core.Understanding;

/// <summary>A phrase found in a message: what it stands for and the words it covers.</summary>
/// <param name="Value">What the phrase stands for.</param>
/// <param name="Start">The index of its first word.</param>
/// <param name="End">The index after its last word.</param>
/// <typeparam name="T">What phrases stand for.</typeparam>
internal readonly record struct PhraseMatch<T>(T Value, int Start, int End)
{
    /// <summary>How many words it covers.</summary>
    public int Length => End - Start;
}
