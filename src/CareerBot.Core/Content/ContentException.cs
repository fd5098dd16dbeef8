namespace CareerBot.Core.Content;

/// <summary>Content that cannot be used: each problem names its file and line.</summary>
public sealed class ContentException : Exception
{
    /// <summary>Creates the exception for a problem at <paramref name="source"/>.</summary>
    public ContentException(ContentSource source, string problem)
        : base($"{source}: {problem}")
    {
        Location = source;
        Detail = problem;
        Problems = [this];
    }

    /// <summary>Creates the exception for several problems, each with its place (at least one).</summary>
    public ContentException(IReadOnlyList<ContentException> problems)
        : base(Describe(problems))
    {
        Location = problems[0].Location;
        Detail = Message;
        Problems = problems;
    }

    /// <summary>Where the (first) problem is.</summary>
    public ContentSource Location { get; }

    /// <summary>What is wrong, without the place.</summary>
    public string Detail { get; }

    /// <summary>Every problem found, each with its place: this one alone, or those it gathers.</summary>
    public IReadOnlyList<ContentException> Problems { get; }

    private static string Describe(IReadOnlyList<ContentException> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("There is no problem to report.", nameof(problems));
        }

        return problems.Count == 1
            ? problems[0].Message
            : $"{problems.Count} problems:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Select(p => p.Message))}";
    }
}
