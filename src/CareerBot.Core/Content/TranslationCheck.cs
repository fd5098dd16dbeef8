namespace CareerBot.Core.Content;

/// <summary>Checks that translations agree: the same roles in every language, and the same figures and list lengths in each role.</summary>
internal static class TranslationCheck
{
    /// <summary>Adds to <paramref name="problems"/> each role missing from a language, and the first disagreement of
    /// each translated role with the first language.</summary>
    public static void Check(IReadOnlyList<LoadedLanguage> languages, List<ContentException> problems)
    {
        var reference = languages[0];
        foreach (var language in languages)
        {
            foreach (var role in language.Content.Roles)
            {
                var missing = languages.FirstOrDefault(other => !other.RoleFiles.ContainsKey(role.Id));
                if (missing is not null)
                {
                    var code = missing.Content.Language.Code;
                    problems.Add(new ContentException(role.Source, $"the role '{role.Id}' has no translation in '{code}': create {code}/{role.Id}.md (every role exists in every language)."));
                }
            }
        }

        foreach (var language in languages.Skip(1))
        {
            foreach (var role in language.Content.Roles)
            {
                if (reference.Content.Roles.FirstOrDefault(r => r.Id == role.Id) is { } original)
                {
                    try
                    {
                        Compare(original, role, reference.Content.Language.Code);
                    }
                    catch (ContentException problem)
                    {
                        problems.Add(problem);
                    }
                }
            }
        }
    }

    private static void Compare(Role original, Role translation, string originalCode)
    {
        var originalFile = $"{originalCode}/{original.Id}.md";
        if (translation.Salaries.Currency != original.Salaries.Currency)
        {
            throw new ContentException(translation.Source, $"the currency {translation.Salaries.Currency} differs from {original.Salaries.Currency} in {originalFile}: figures must agree across languages.");
        }

        var bands = translation.Salaries.Bands;
        var originalBands = original.Salaries.Bands;
        if (bands.Count != originalBands.Count)
        {
            throw new ContentException(bands[^1].Source, $"the salary table has {bands.Count} bands but {originalFile} has {originalBands.Count}: figures must agree across languages.");
        }

        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            var other = originalBands[i];
            if (band.FromYears != other.FromYears || band.ToYears != other.ToYears || band.Minimum != other.Minimum || band.Maximum != other.Maximum)
            {
                throw new ContentException(band.Source, $"salary band {i + 1} ({Describe(band)}) differs from {originalFile}:{other.Source.Line} ({Describe(other)}): figures must agree across languages.");
            }
        }

        if (translation.NetRate?.Rate != original.NetRate?.Rate)
        {
            throw new ContentException(translation.Source, $"the net rate ({Describe(translation.NetRate)}) differs from {originalFile} ({Describe(original.NetRate)}): figures must agree across languages.");
        }

        var missingLimit = original.Limits.Keys.Concat(translation.Limits.Keys)
            .FirstOrDefault(id => !original.Limits.ContainsKey(id) || !translation.Limits.ContainsKey(id));
        if (missingLimit is not null)
        {
            var where = translation.Limits.TryGetValue(missingLimit, out var limit) ? limit.Source : translation.Source;
            throw new ContentException(where, $"the limit '{missingLimit}' is in one of this file and {originalFile} but not the other: a translation states the same limits.");
        }

        CompareCounts(translation, "missions", translation.Missions.Count, original.Missions.Count, originalFile);
        CompareCounts(translation, "career-paths", translation.CareerPaths.Count, original.CareerPaths.Count, originalFile);
    }

    private static void CompareCounts(Role translation, string section, int count, int originalCount, string originalFile)
    {
        if (count != originalCount)
        {
            throw new ContentException(translation.Source, $"the '{section}' section has {count} items but {originalFile} has {originalCount}: a translation keeps every item.");
        }
    }

    private static string Describe(NetRate? rate) => rate is null ? "none" : $"{rate.Rate:P0}";

    private static string Describe(SalaryBand band) =>
        $"{band.FromYears}{(band.ToYears is { } to ? "–" + to : "+")} years, {band.Minimum}–{band.Maximum}";
}
