namespace CareerBot.Core.Content;

/// <summary>An edit of the content files that was refused: the content in use did not change.</summary>
/// <param name="At">When the edited files were read.</param>
/// <param name="Problems">Every problem found, each as "file:line: problem".</param>
public sealed record ContentRefusal(DateTimeOffset At, IReadOnlyList<string> Problems);
