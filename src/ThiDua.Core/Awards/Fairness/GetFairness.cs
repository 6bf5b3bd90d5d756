using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Quotas;

namespace ThiDua.Core.Awards.Fairness;

/// <summary>Where the warning threshold of the fairness panel comes from (appsettings "Awards:Fairness").</summary>
public sealed class FairnessOptions
{
    /// <summary>Warn when direct workers are under this share (in %) of those eligible, proposed or awarded.</summary>
    public int MinDirectWorkerPercent { get; set; } = 50;
}

/// <summary>A group of people and how many of them are direct workers, women and leaders.</summary>
public sealed record FairnessGroup(int People, int DirectWorkers, int Women, int Leaders)
{
    public static readonly FairnessGroup Empty = new(0, 0, 0, 0);

    public decimal? DirectWorkerShare => Share(DirectWorkers);

    public decimal? WomenShare => Share(Women);

    public decimal? LeaderShare => Share(Leaders);

    public static FairnessGroup Of(IEnumerable<CandidatePerson> people)
    {
        var list = people.DistinctBy(p => p.Id).ToList();
        return new FairnessGroup(list.Count, list.Count(p => !p.IsLeader), list.Count(p => p.Gender == Organisation.Gender.F), list.Count(p => p.IsLeader));
    }

    /// <summary>Share in %, one decimal, or null for an empty group.</summary>
    private decimal? Share(int part) => People == 0 ? null : Math.Round(100m * part / People, 1, MidpointRounding.AwayFromZero);
}

/// <summary>One title or form: who is eligible, proposed and awarded.</summary>
public sealed record FairnessTarget(AwardCode Target, string Name, FairnessGroup Eligible, FairnessGroup Proposed, FairnessGroup Awarded);

public sealed record FairnessPanel(
    int UnitId,
    string UnitName,
    int Year,
    string YearSpan,
    DateOnly AsOf,
    int MinDirectWorkerPercent,
    FairnessGroup Staff,
    FairnessGroup Eligible,
    FairnessGroup Proposed,
    FairnessGroup Awarded,
    IReadOnlyList<FairnessTarget> ByTarget,
    IReadOnlyList<string> Warnings,
    string ProposedNote);

/// <summary>
/// The fairness panel (issue 4, item 6) of a unit's subtree and a year: the share of direct workers, women and
/// leaders among the staff, among those eligible for at least one individual title or form, among those proposed,
/// and among those awarded (award records of the year that count), in total and per title; a warning when direct
/// workers fall under the configured share (rules.md §5 "Priority": the law puts direct workers first, and the
/// seed's inspection asked that movements reach them). "Proposed" is, until proposals are recorded, the eligible
/// after the quotas (<see cref="GetQuota"/>): the list the unit would send.
/// </summary>
public sealed class GetFairness(ListCandidates list, CandidateEvaluator evaluator, GetQuota quota, FairnessOptions options)
{
    public const string ProposedNote = "Chưa có dữ liệu đề nghị khen thưởng: “dự kiến đề nghị” là những người đủ điều kiện sau khi áp dụng tỷ lệ khen thưởng (và các điều chỉnh của cán bộ thi đua).";

    public async Task<Result<FairnessPanel>> HandleAsync(int? unitId, int? year, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var root = await list.FindRootAsync(unitId, ct);
        if (root is null)
        {
            return Result<FairnessPanel>.NotFound();
        }

        if (list.YearError(year, asOf, out var y) is { } error)
        {
            return Result<FairnessPanel>.Invalid(error);
        }
        var set = await evaluator.EvaluateAsync(root.Path, y, ListCandidates.PersonTargets, [], ct: ct);
        var quotas = new Dictionary<AwardCode, HashSet<int>>();
        foreach (var target in GetQuota.Targets.Where(ListCandidates.PersonTargets.Contains))
        {
            var view = await quota.ComputeAsync(root, set, target, ct);
            quotas[target] = view.Rows.Where(r => r.InQuota).Select(r => r.SubjectId).ToHashSet();
        }

        var people = set.Known;
        var byTarget = ListCandidates.PersonTargets.Select(target =>
        {
            var eligible = set.Rows.Where(r => r.Target == target && r.Outcome == Outcome.Eligible).Select(r => people[r.PersonId!.Value]).ToList();
            var proposed = quotas.TryGetValue(target, out var inside) ? eligible.Where(p => inside.Contains(p.Id)).ToList() : eligible;
            var awarded = set.People.Where(p => p.Source.Awards.Any(a => a.Code == target && a.Counts && CaseBuilder.TitleYear(a) == y.Year)).ToList();
            return (Target: target, Eligible: eligible, Proposed: proposed, Awarded: awarded);
        }).ToList();

        var panel = new FairnessPanel(root.Id, root.Name, y.Year, ListCandidates.Span(y), y.AsOf, options.MinDirectWorkerPercent,
            FairnessGroup.Of(set.People),
            FairnessGroup.Of(byTarget.SelectMany(t => t.Eligible)),
            FairnessGroup.Of(byTarget.SelectMany(t => t.Proposed)),
            FairnessGroup.Of(byTarget.SelectMany(t => t.Awarded)),
            byTarget.Select(t => new FairnessTarget(t.Target, VietnameseText.Name(t.Target), FairnessGroup.Of(t.Eligible), FairnessGroup.Of(t.Proposed), FairnessGroup.Of(t.Awarded))).ToList(),
            [],
            ProposedNote);
        return Result<FairnessPanel>.Ok(panel with { Warnings = Warnings(panel) });
    }

    private static List<string> Warnings(FairnessPanel panel)
    {
        var warnings = new List<string>();
        foreach (var (label, group) in new[] { ("đủ điều kiện", panel.Eligible), ("dự kiến đề nghị", panel.Proposed), ("đã được khen thưởng", panel.Awarded) })
        {
            if (group.DirectWorkerShare is { } share && share < panel.MinDirectWorkerPercent)
            {
                warnings.Add(string.Create(VietnameseFormat.Culture,
                    $"Người lao động trực tiếp chỉ chiếm {share:0.#}% số người {label} ({group.DirectWorkers}/{group.People}), dưới mức {panel.MinDirectWorkerPercent}% đã cấu hình: cần quan tâm khen thưởng người lao động trực tiếp (Luật Thi đua, khen thưởng 2022 Điều 5)."));
            }
        }

        return warnings;
    }
}
