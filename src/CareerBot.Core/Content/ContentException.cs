namespace CareerBot.Core.Content;

/// <summary>The content under <c>dialogs/</c> is broken; the message names the file and line.</summary>
public sealed class ContentException : Exception
{
    /// <summary>Creates the exception for a problem at <paramref name="source"/>.</summary>
    public ContentException(ContentSource source, string problem)
        : base($"{source}: {problem}")
    {
        Location = source;
    }

    /// <summary>Where the problem is.</summary>
    public ContentSource Location { get; }
}
