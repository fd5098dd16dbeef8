using System.Collections.Frozen;
using CareerBot.Core.Languages;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;

namespace CareerBot.Core.Understanding;

/// <summary>The Microsoft.Recognizers.Text models, each built once per culture on first use and then shared.
/// Building is slow (the French DateTime model takes seconds), parsing is thread-safe, so one instance serves every
/// request; call <see cref="WarmUp"/> at start-up to pay the cost before the first user does.</summary>
public sealed class RecognizerModels
{
    private readonly FrozenDictionary<string, Lazy<IModel>> numberModels;
    private readonly FrozenDictionary<string, Lazy<DateTimeModel>> dateTimeModels;

    /// <summary>Prepares (but does not build) the models of every language CareerBot speaks.</summary>
    public RecognizerModels()
    {
        numberModels = Language.All.ToFrozenDictionary(
            l => l.Code,
            l => new Lazy<IModel>(() => new NumberRecognizer(l.RecognizerCulture).GetNumberModel()));
        dateTimeModels = Language.All.ToFrozenDictionary(
            l => l.Code,
            l => new Lazy<DateTimeModel>(() => (DateTimeModel)new DateTimeRecognizer(l.RecognizerCulture).GetDateTimeModel()));
    }

    /// <summary>The number model ("seven" → 7, "douze" → 12) of <paramref name="language"/>; about 5 µs a parse.</summary>
    public IModel Number(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return numberModels[language.Code].Value;
    }

    /// <summary>The date-time model ("since March 2015") of <paramref name="language"/>; about 1 ms a parse.</summary>
    public DateTimeModel DateTime(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return dateTimeModels[language.Code].Value;
    }

    /// <summary>Whether both models of <paramref name="language"/> are built.</summary>
    public bool IsWarm(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return numberModels[language.Code].IsValueCreated && dateTimeModels[language.Code].IsValueCreated;
    }

    /// <summary>Builds the models of <paramref name="language"/> and runs one parse of each, so that the first real
    /// message does not pay for building or just-in-time compilation.</summary>
    public void WarmUp(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var sample = language == Language.French ? "depuis mars 2015, cinq ans" : "since March 2015, five years";
        _ = Number(language).Parse(sample);
        _ = DateTime(language).Parse(sample);
    }
}
