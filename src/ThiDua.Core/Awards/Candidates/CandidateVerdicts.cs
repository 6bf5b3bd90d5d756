using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Candidates;

/// <summary>
/// Judges many people for several titles or forms at once, in parallel (the engine and the mapping are pure; each
/// person's case is mapped once and re-aimed at each target, see <see cref="CaseBuilder.Judge"/>). Used by the paged
/// list and the streamed export.
/// </summary>
internal static class CandidateVerdicts
{
    /// <summary>For each person, in order, the verdict for each target, in the targets' order.</summary>
    public static (AwardCode Target, EligibilityResult Result)[][] Judge(IReadOnlyList<CandidatePerson> people, IReadOnlyList<AwardCode> targets, CandidateYear year, RegimeCatalog catalog, CancellationToken ct = default)
    {
        var verdicts = new (AwardCode, EligibilityResult)[people.Count][];
        Parallel.For(0, people.Count, new ParallelOptions { CancellationToken = ct }, i => verdicts[i] = CaseBuilder.Judge(people[i].Source, targets, year, catalog).ToArray());
        return verdicts;
    }

    /// <summary>The verdicts keyed by person and target, as <see cref="ListCandidates"/> looks them up.</summary>
    public static Dictionary<(int, AwardCode), EligibilityResult> ByPerson(IReadOnlyList<CandidatePerson> people, IEnumerable<AwardCode> targets, CandidateYear year, RegimeCatalog catalog)
    {
        var distinct = targets.Distinct().ToList();
        var verdicts = Judge(people, distinct, year, catalog);
        var byPerson = new Dictionary<(int, AwardCode), EligibilityResult>(people.Count * distinct.Count);
        for (var i = 0; i < people.Count; i++)
        {
            foreach (var (target, result) in verdicts[i])
            {
                byPerson[(people[i].Id, target)] = result;
            }
        }

        return byPerson;
    }
}
