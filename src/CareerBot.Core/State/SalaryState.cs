namespace CareerBot.Core.State;

/// <summary>The salary dialog waits for the years of experience; <paramref name="FailedAttempts"/> answers were not durations.</summary>
public sealed record SalaryState(int FailedAttempts);
