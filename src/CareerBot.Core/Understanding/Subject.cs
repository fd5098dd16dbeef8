namespace CareerBot.Core.Understanding;

/// <summary>Who a message asks about. Jobs named as the speaker's own ("I'm an HR manager, …") are context, not the
/// subject.</summary>
/// <param name="RoleId">A role of the content the message names ("backend-developer"); null when it names none.</param>
/// <param name="CareerPath">One of a role's career paths the message asks about; null when none.</param>
/// <param name="OtherRole">A job CareerBot does not know, as the user wrote it ("frontend developer"); null when none.</param>
/// <param name="StartingOut">The speaker is moving into the role ("I want to move to backend"), so has no years in it.</param>
public sealed record Subject(string? RoleId = null, CareerPathRef? CareerPath = null, string? OtherRole = null, bool StartingOut = false)
{
    /// <summary>No role named.</summary>
    public static Subject None { get; } = new();
}
