using CareerBot.Core.Content;

namespace CareerBot.Admin;

/// <summary>The content in use, as the operator page shows it.</summary>
/// <param name="Watching">True when edits of <c>dialogs/</c> are picked up while running.</param>
/// <param name="LoadedAt">When the content in use was read.</param>
/// <param name="LastRefusal">The last edit refused since then, with its problems ("file:line: problem"); null when none.</param>
public sealed record ContentReport(bool Watching, DateTimeOffset LoadedAt, ContentRefusal? LastRefusal)
{
    /// <summary>The report of <paramref name="status"/>.</summary>
    public static ContentReport Of(IContentStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new ContentReport(status.Watching, status.LoadedAt, status.LastRefusal);
    }
}
