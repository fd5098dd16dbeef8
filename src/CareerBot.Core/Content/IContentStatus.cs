namespace CareerBot.Core.Content;

/// <summary>Which content a running CareerBot serves, for the operator page and the logs: when it was loaded, and the
/// last edit refused since then, if any.</summary>
public interface IContentStatus
{
    /// <summary>True when edits of the content folder are picked up while running.</summary>
    bool Watching { get; }

    /// <summary>When the content in use was read.</summary>
    DateTimeOffset LoadedAt { get; }

    /// <summary>The last edit refused after <see cref="LoadedAt"/>; null when none was.</summary>
    ContentRefusal? LastRefusal { get; }
}
