using CareerBot.Core.Languages;

namespace CareerBot.Core.Understanding;

/// <summary>Chooses the language to answer in. Each language scores the message's words found among its frequent
/// words (<c>common-words</c>), plus up to two for accented letters its vocabulary uses. The text wins over the
/// channel's locale when it is clearly in another language: that language scores more than twice the locale's. Otherwise
/// the locale decides, when CareerBot speaks it; then the best score; then the conversation's language so far.</summary>
internal sealed class LanguageDetector(VocabularyIndex index)
{
    public Language Detect(NormalizedText text, Language? fromLocale, Language? remembered)
    {
        Span<int> scores = stackalloc int[index.Languages.Count];
        for (var l = 0; l < index.Languages.Count; l++)
        {
            var language = index.Languages[l];
            var signals = index.Signals[language];
            foreach (var word in text.Words)
            {
                if (signals.Contains(word))
                {
                    scores[l]++;
                }
            }

            var accents = 0;
            foreach (var c in text.Lower)
            {
                if (c > 127 && index.AccentedLetters[language].Contains(c))
                {
                    accents++;
                }
            }

            scores[l] += Math.Min(accents, 2);
        }

        var best = -1;
        var tie = false;
        for (var l = 0; l < scores.Length; l++)
        {
            if (best < 0 || scores[l] > scores[best])
            {
                best = l;
                tie = false;
            }
            else if (scores[l] == scores[best])
            {
                tie = true;
            }
        }

        var top = tie || scores[best] == 0 ? null : index.Languages[best];
        if (fromLocale is not null)
        {
            var localeScore = scores[IndexOf(fromLocale)];
            return top is not null && scores[best] > 2 * localeScore ? top : fromLocale;
        }

        return top ?? remembered ?? index.Languages[0];
    }

    private int IndexOf(Language language)
    {
        for (var l = 0; l < index.Languages.Count; l++)
        {
            if (index.Languages[l].Equals(language))
            {
                return l;
            }
        }

        return 0;
    }
}
