namespace CareerBot.Core.Understanding;

/// <summary>Finds who a message asks about: a role of the content (by its name or aliases), one of its career paths,
/// or a job CareerBot does not know (from the vocabulary's list, or a qualifier before or after a job noun:
/// "frontend developer", "développeur mobile"). A job the speaker names as their own ("I'm an HR manager") is context,
/// not the subject; a role the speaker wants to move into ("move to backend") is the subject, and they start out in it.</summary>
internal sealed class SubjectExtractor(VocabularyIndex index)
{
    /// <summary>How many words may sit between "I'm a" or "become" and the job it introduces ("I'm a senior HR manager").</summary>
    private const int Reach = 2;

    public Subject Extract(NormalizedText text, IReadOnlyList<PhraseMatch<Concept>> matches)
    {
        var self = Ends(matches, Cue.Self);
        var target = Ends(matches, Cue.Target);
        string? roleId = null;
        var roleIsTarget = false;
        CareerPathRef? path = null;
        string? other = null;
        var otherIsSelf = false;
        var covered = new bool[text.TokenCount];

        foreach (var match in Longest(matches))
        {
            var introducedBySelf = IsIntroduced(self, match.Start);
            switch (match.Value.Kind)
            {
                case ConceptKind.Role:
                    Cover(covered, match);
                    if (roleId is null || (!roleIsTarget && IsIntroduced(target, match.Start)))
                    {
                        roleId = match.Value.Value;
                        roleIsTarget = IsIntroduced(target, match.Start);
                    }

                    break;
                case ConceptKind.CareerPath:
                    Cover(covered, match);
                    if (!introducedBySelf)
                    {
                        path ??= new CareerPathRef(match.Value.Value!, match.Value.Index);
                    }

                    break;
                case ConceptKind.OtherRole:
                    Cover(covered, match);
                    if (introducedBySelf)
                    {
                        otherIsSelf = true;
                    }
                    else
                    {
                        other ??= text.Span(match.Start, match.End - 1);
                    }

                    break;
            }
        }

        other ??= QualifiedJob(text, covered, self);
        if (roleId is not null && matches.Any(m => m.Value.Kind == ConceptKind.Cue && m.Value.Cue == Cue.ThirdParty))
        {
            // "As a recruiter, what should I offer a backend developer?": the other job is the speaker's.
            other = null;
        }

        var startingOut = roleId is not null && (roleIsTarget || (otherIsSelf && target.Count > 0));
        if (roleIsTarget)
        {
            // "Support technician for 5 years, I'm moving to backend": the other job is where the speaker comes from.
            other = null;
        }

        return roleId is null && path is null && other is null ? Subject.None : new Subject(roleId, path, other, startingOut);
    }

    /// <summary>The matches of roles, paths and other jobs, each kept only when no longer one covers it ("HR manager"
    /// over "manager", "IT project manager" over "project manager").</summary>
    private static IEnumerable<PhraseMatch<Concept>> Longest(IReadOnlyList<PhraseMatch<Concept>> matches)
    {
        var jobs = matches.Where(m => m.Value.Kind is ConceptKind.Role or ConceptKind.CareerPath or ConceptKind.OtherRole).ToList();
        return jobs.Where(m => !jobs.Exists(o => o.Length > m.Length && o.Start <= m.Start && m.End <= o.End))
            .OrderBy(m => m.Start);
    }

    private static List<int> Ends(IReadOnlyList<PhraseMatch<Concept>> matches, Cue cue) =>
        [.. matches.Where(m => m.Value.Kind == ConceptKind.Cue && m.Value.Cue == cue).Select(m => m.End)];

    private static bool IsIntroduced(List<int> ends, int start) => ends.Exists(end => end <= start && start - end <= Reach);

    private static void Cover(bool[] covered, PhraseMatch<Concept> match)
    {
        for (var i = match.Start; i < match.End && i < covered.Length; i++)
        {
            covered[i] = true;
        }
    }

    /// <summary>A job noun with a qualifier CareerBot does not know ("frontend developer", "développeur mobile"), not
    /// inside a known role or job, and not the speaker's own.</summary>
    private string? QualifiedJob(NormalizedText text, bool[] covered, List<int> self)
    {
        var words = text.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (covered[i])
            {
                continue;
            }

            if (index.JobNounsBefore.Contains(words[i]) && i > 0)
            {
                if (i > 1 && index.CompoundTails.Contains(words[i - 1]) && IsQualifier(words, covered, i - 2) && !IsIntroduced(self, i - 2))
                {
                    return text.Span(i - 2, i);
                }

                if (IsQualifier(words, covered, i - 1) && !IsIntroduced(self, i - 1))
                {
                    return text.Span(i - 1, i);
                }
            }

            if (index.JobNounsAfter.Contains(words[i]) && i + 1 < words.Count && !IsIntroduced(self, i))
            {
                if (i + 2 < words.Count && index.CompoundTails.Contains(words[i + 2]) && IsQualifier(words, covered, i + 1))
                {
                    return text.Span(i, i + 2);
                }

                if (IsQualifier(words, covered, i + 1))
                {
                    return text.Span(i, i + 1);
                }
            }
        }

        return null;
    }

    private bool IsQualifier(IReadOnlyList<string> words, bool[] covered, int i) =>
        !covered[i] && !index.NeutralQualifiers.Contains(words[i]) && !words[i].All(char.IsDigit);
}
