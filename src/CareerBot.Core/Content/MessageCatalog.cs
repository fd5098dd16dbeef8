using System.Collections.Frozen;

namespace CareerBot.Core.Content;

/// <summary>The bot's sentences for one language, by key, with <c>{placeholder}</c> substitution.</summary>
public sealed class MessageCatalog
{
    private readonly IReadOnlyDictionary<string, string> texts;
    private readonly FrozenDictionary<string, MessageTemplate> templates;

    /// <summary>Creates a catalog from validated texts (Markdown, by key name).</summary>
    public MessageCatalog(IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        this.texts = texts;
        templates = texts.ToFrozenDictionary(kv => kv.Key, kv => MessageTemplate.Parse(kv.Value), StringComparer.Ordinal);
    }

    /// <summary>The text of <paramref name="key"/>, placeholders left as they are.</summary>
    public string this[MessageKey key] => texts[key.Name];

    /// <summary>The text of <paramref name="key"/> with each <c>{name}</c> replaced by its value.</summary>
    public string Format(MessageKey key, params ReadOnlySpan<(string Name, string Value)> values) =>
        templates[key.Name].Fill(values);

    /// <summary>The text of <paramref name="key"/> with each <c>{name}</c> replaced by its value in
    /// <paramref name="values"/>, else by <paramref name="fallback"/> when it bears that name.</summary>
    public string Format(MessageKey key, ReadOnlySpan<(string Name, string Value)> values, (string Name, string Value) fallback) =>
        templates[key.Name].Fill(values, fallback);
}
