using CareerBot.Core.Languages;

namespace CareerBot.Core.Understanding;

/// <summary>Chooses the language of a message: the channel's locale when CareerBot speaks it, otherwise the language
/// whose stop words and vocabulary the text uses most (accented letters count for French), otherwise the fallback.</summary>
internal sealed class LanguageDetector(VocabularyIndex index)
{
    public Language Detect(NormalizedText text, string? locale, Language? fallback)
    {
        var fromLocale = Language.FromTag(locale);
        if (fromLocale is not null)
        {
            return fromLocale;
        }

        var english = 0;
        var french = 0;
        foreach (var word in text.Words)
        {
            if (index.Signals[Language.English].Contains(word))
            {
                english++;
            }

            if (index.Signals[Language.French].Contains(word))
            {
                french++;
            }
        }

        var accents = 0;
        foreach (var c in text.Lower)
        {
            if (c is 'é' or 'è' or 'ê' or 'à' or 'ç' or 'ù' or 'â' or 'î' or 'ô' or 'û' or 'ë' or 'ï' or 'œ')
            {
                accents++;
            }
        }

        french += Math.Min(accents, 2);
        if (english == french)
        {
            return fallback ?? Language.English;
        }

        return french > english ? Language.French : Language.English;
    }
}
