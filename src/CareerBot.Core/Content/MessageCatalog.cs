namespace CareerBot.Core.Content;

/// <summary>The bot's sentences for one language, by key, with <c>{placeholder}</c> substitution.</summary>
public sealed class MessageCatalog
{
    private readonly IReadOnlyDictionary<string, string> texts;

    /// <summary>Creates a catalog from validated texts (Markdown, by key name).</summary>
    public MessageCatalog(IReadOnlyDictionary<string, string> texts)
    {
        this.texts = texts;
    }

    /// <summary>The text of <paramref name="key"/>, placeholders left as they are.</summary>
    public string this[MessageKey key] => texts[key.Name];

    /// <summary>The text of <paramref name="key"/> with each <c>{name}</c> replaced by its value.</summary>
    public string Format(MessageKey key, params (string Name, string Value)[] values)
    {
        var text = texts[key.Name];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }
}
