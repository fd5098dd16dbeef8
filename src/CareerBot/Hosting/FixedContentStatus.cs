using CareerBot.Core.Content;

namespace CareerBot.Hosting;

/// <summary>The status of content read once at start-up and never watched (<c>Content:Watch</c> off).</summary>
internal sealed class FixedContentStatus(TimeProvider time) : IContentStatus
{
    public bool Watching => false;

    public DateTimeOffset LoadedAt { get; } = time.GetUtcNow();

    public ContentRefusal? LastRefusal => null;
}
