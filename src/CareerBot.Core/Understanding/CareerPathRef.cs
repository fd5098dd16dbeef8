namespace CareerBot.Core.Understanding;

/// <summary>A career path of a role: the role's id and the path's place in its list (the same in every language).</summary>
public sealed record CareerPathRef(string RoleId, int Index);
