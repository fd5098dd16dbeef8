namespace CareerBot.Core.Content;

/// <summary>The key of one thing the bot says, with the placeholders its text may use (e.g. <c>{years}</c>).</summary>
public sealed record MessageKey(string Name, params string[] Placeholders)
{
    /// <summary>The most characters the text may have (a limit of where it is shown, such as a Teams app's name);
    /// null for no limit.</summary>
    public int? MaxLength { get; init; }

    /// <summary>True when the text is shown as is, not as Markdown (a Teams app's name or description): one paragraph,
    /// no emphasis, links, code or HTML.</summary>
    public bool PlainText { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
