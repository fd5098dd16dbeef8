namespace CareerBot.Core.Content;

/// <summary>The key of one thing the bot says, with the placeholders its text may use (e.g. <c>{years}</c>).</summary>
public sealed record MessageKey(string Name, params string[] Placeholders)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
