using CareerBot.Core.Languages;

namespace CareerBot.Core.Understanding;

/// <summary>What the recognizers understood of one message.</summary>
/// <param name="Language">The language to answer in.</param>
/// <param name="Intent">The main intent.</param>
/// <param name="Experience">Years of experience explicitly stated (with a unit, a start date, or "experience").</param>
/// <param name="BareNumber">A number with no unit and that is not an age ("6", "and with 12?"); only meaningful as an
/// answer to the bot's own question about years, or as a follow-up to a salary answer.</param>
/// <param name="Country">A country other than France the user asked about ("Germany"), as the user wrote it.</param>
/// <param name="OtherRole">A job other than backend developer the user asked about ("data scientist"), as written.</param>
/// <param name="IsFollowUp">The message refers back to the conversation ("and with 12?", "what about…", "et avec…").</param>
public sealed record Utterance(
    Language Language,
    Intent Intent,
    Experience? Experience = null,
    decimal? BareNumber = null,
    string? Country = null,
    string? OtherRole = null,
    bool IsFollowUp = false);
