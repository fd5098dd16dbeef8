using CareerBot.Core.Understanding;

namespace CareerBot.Core.State;

/// <summary>The salary dialog waits for the years of experience.</summary>
/// <param name="FailedAttempts">Answers so far that were not durations.</param>
/// <param name="Pay">A yearly pay the user stated with the question, to compare once the years come.</param>
/// <param name="Figures">The kind of figure the question asked (net, per month…), to give once the years come.</param>
public sealed record SalaryState(int FailedAttempts, decimal? Pay = null, Figures Figures = Figures.None);
