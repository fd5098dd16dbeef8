using CareerBot.Core.Languages;

namespace CareerBot.Core.Understanding;

/// <summary>Understands one message as a <see cref="Frame"/>. Deterministic and in-process.</summary>
public interface IFrameRecognizer
{
    /// <summary>Recognises <paramref name="text"/>. <paramref name="locale"/> is the channel's locale, when it gave one;
    /// <paramref name="remembered"/> the language the conversation was in so far.</summary>
    Frame Recognize(string text, string? locale, Language? remembered = null);

    /// <summary>Prepares <paramref name="language"/> ahead of the first request: what every message needs (the number
    /// model, the code on the way) and, unless <paramref name="full"/> is false, what takes a second or more: the
    /// vocabulary regexes compiled (faster matches; until then they are interpreted). The DateTime model, for rare
    /// relative start dates, is not part of it: it is built once a message needs it.</summary>
    void WarmUp(Language language, bool full = true);
}
