namespace CareerBot.Core.Understanding;

/// <summary>What the user wants, as far as CareerBot can tell.</summary>
public enum Intent
{
    /// <summary>Nothing recognised.</summary>
    None,

    /// <summary>Pay: salary, earn, wage, income, "how much", salaire, rémunération…</summary>
    Salary,

    /// <summary>The whole salary table ("all salary ranges", "toutes les fourchettes").</summary>
    AllSalaries,

    /// <summary>What the job is / does: missions, tasks, responsibilities.</summary>
    Missions,

    /// <summary>Qualities and skills the role needs.</summary>
    Qualities,

    /// <summary>Career paths: progression, what next, evolve, become.</summary>
    CareerPaths,

    /// <summary>Hello, hi, bonjour…</summary>
    Greeting,

    /// <summary>Help, what can you do, aide…</summary>
    Help,

    /// <summary>Cancel, stop, never mind, annuler…</summary>
    Cancel,

    /// <summary>Thanks, merci.</summary>
    Thanks,
}
