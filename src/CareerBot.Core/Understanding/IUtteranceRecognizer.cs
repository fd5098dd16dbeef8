using CareerBot.Core.Languages;

namespace CareerBot.Core.Understanding;

/// <summary>Understands one message: language, intent and entities. Deterministic and in-process.</summary>
public interface IUtteranceRecognizer
{
    /// <summary>Recognises <paramref name="text"/>. <paramref name="locale"/> is the channel's locale, when it gave one:
    /// fr-* → French; otherwise the language is detected from the text, falling back to <paramref name="fallback"/>.</summary>
    Utterance Recognize(string text, string? locale, Language? fallback = null);

    /// <summary>Builds the recognizer models for <paramref name="language"/> ahead of the first request: what every
    /// message needs (the number model) and, unless <paramref name="dates"/> is false, the DateTime model that only
    /// relative start dates need ("since last summer"), which takes longer.</summary>
    void WarmUp(Language language, bool dates = true);
}
