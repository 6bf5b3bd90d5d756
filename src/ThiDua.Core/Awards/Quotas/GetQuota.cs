using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Eligibility.Regimes;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Quotas;

/// <summary>An officer's override as shown with the quota.</summary>
public sealed record QuotaOverrideView(int Id, int SubjectId, bool Include, string Reason, string DecidedBy, DateTime DecidedAt);

/// <summary>One eligible candidate in the default order, inside or outside the quota.</summary>
public sealed record QuotaRow(
    int SubjectId,
    string Code,
    string Name,
    string UnitName,
    bool? IsLeader,
    string? Gender,
    int Position,
    string Explanation,
    bool InQuota,
    QuotaOverrideView? Override);

/// <summary>
/// A unit's quota for a title and year: the cap the regime sets (or none), the base it is counted on, the eligible
/// candidates in the default order (<see cref="QuotaRanking"/>), who is inside, and the officer's overrides.
/// </summary>
public sealed record QuotaView(
    int UnitId,
    string UnitName,
    int Year,
    string YearSpan,
    DateOnly AsOf,
    AwardCode Target,
    string TargetName,
    string Regime,
    int? Percent,
    bool PercentChecked,
    string Citation,
    AwardCode BaseTitle,
    int BaseCount,
    bool BaseRecorded,
    int? Slots,
    int Eligible,
    int Selected,
    string Summary,
    string Rule,
    bool CanManage,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<QuotaRow> Rows);

/// <summary>
/// Quotas (issue 4, item 5): a regime may cap a title as a share of the holders of the title below it —
/// <c>CSTDCS</c> at most 15 % of the unit's <c>LDTT</c> holders under regime 2017 (Decree 91/2017 Art 9), <c>TTLDXS</c>
/// as a share of <c>TTLDTT</c> holders where a sector sets one. The quota is counted for the chosen unit and its
/// subtree; the base is the holders recorded for the year (award records), or, before any is recorded, those
/// eligible for the lower title (said so on the page). The number of places is rounded down ("không quá").
/// </summary>
public sealed class GetQuota(AppDbContext db, ICurrentUser actor, ListCandidates list, CandidateEvaluator evaluator, Regimes.RegimeStore regimes)
{
    public static readonly IReadOnlyList<AwardCode> Targets = [AwardCode.Cstdcs, AwardCode.Ttldxs];

    public static string TargetMessage => "Tỷ lệ chỉ áp dụng cho " + string.Join(", ", Targets.Select(Codes.Of)) + ".";

    public async Task<Result<QuotaView>> HandleAsync(int? unitId, int? year, AwardCode target, DateOnly? asOf = null, CancellationToken ct = default)
    {
        if (!Targets.Contains(target))
        {
            return Result<QuotaView>.Invalid(new FieldError("Target", TargetMessage));
        }

        var root = await list.FindRootAsync(unitId, ct);
        if (root is null)
        {
            return Result<QuotaView>.NotFound();
        }

        return list.YearError(year, asOf, out var y) is { } error ? Result<QuotaView>.Invalid(error) : Result<QuotaView>.Ok(await ComputeAsync(root, y, target, ct));
    }

    /// <summary>The quota of a unit already checked to be in the caller's scope.</summary>
    internal async Task<QuotaView> ComputeAsync(CandidateRoot root, CandidateYear year, AwardCode target, CancellationToken ct)
    {
        var baseTitle = BaseTitle(target);
        var set = target == AwardCode.Ttldxs
            ? await evaluator.EvaluateAsync(root.Path, year, [], [baseTitle, target], ct: ct)
            : await evaluator.EvaluateAsync(root.Path, year, [baseTitle, target], [], ct: ct);
        return await ComputeAsync(root, set, target, ct);
    }

    /// <summary>
    /// The quota read from a subtree already judged (the fairness panel's): <paramref name="set"/> must hold the rows of
    /// <paramref name="target"/> and of its base title.
    /// </summary>
    internal async Task<QuotaView> ComputeAsync(CandidateRoot root, CandidateSet set, AwardCode target, CancellationToken ct)
    {
        var year = set.Year;
        var collective = target == AwardCode.Ttldxs;
        var baseTitle = BaseTitle(target);
        var regime = (await regimes.CatalogAsync(ct)).Resolve(year.AsOf);
        var percent = collective ? regime.TtldxsQuotaPercent : regime.CstdcsQuotaPercent;

        var recorded = collective
            ? set.Collectives.Count(c => HoldsTitle(c.Source.Awards, baseTitle, year.Year))
            : set.People.Count(p => HoldsTitle(p.Source.Awards, baseTitle, year.Year));
        var baseCount = recorded > 0 ? recorded : set.Rows.Count(r => r.Target == baseTitle && r.Outcome == Outcome.Eligible);
        int? slots = percent.Value is { } pc ? (int)((long)pc * baseCount / 100) : null;

        var eligible = set.Rows.Where(r => r.Target == target && r.Outcome == Outcome.Eligible).ToList();
        var merits = eligible.Select(r => collective ? CollectiveMerit(set, r, year.Year) : PersonMerit(set, r, year.Year));
        var ranks = QuotaRanking.Order(merits, collective);

        var overrides = await db.QuotaOverrides.AsNoTracking().Where(o => o.UnitId == root.Id && o.Year == year.Year && o.Target == target)
            .Select(o => new QuotaOverrideView(o.Id, o.SubjectId, o.Include, o.Reason, o.DecidedBy, o.DecidedAt)).ToListAsync(ct);
        var bySubject = overrides.ToDictionary(o => o.SubjectId);
        var selected = Select(ranks, bySubject, slots);

        var rowsBySubject = eligible.ToDictionary(r => collective ? r.UnitId : r.PersonId!.Value);
        var rows = ranks.Select(rank =>
        {
            var r = rowsBySubject[rank.Merit.SubjectId];
            return new QuotaRow(rank.Merit.SubjectId, r.Code, r.Name, r.UnitName, r.IsLeader, r.Gender, rank.Position, rank.Explanation,
                selected.Contains(rank.Merit.SubjectId), bySubject.GetValueOrDefault(rank.Merit.SubjectId));
        }).ToList();

        var warnings = new List<string>();
        var included = overrides.Count(o => o.Include && rowsBySubject.ContainsKey(o.SubjectId));
        if (slots is { } max && included > max)
        {
            warnings.Add($"Số đã được đưa vào tỷ lệ theo điều chỉnh ({included}) vượt số tối đa ({max}) vì số người đạt {Codes.Of(baseTitle)} đã thay đổi: hãy rà soát các điều chỉnh.");
        }

        foreach (var stale in overrides.Where(o => !rowsBySubject.ContainsKey(o.SubjectId)))
        {
            warnings.Add($"Điều chỉnh của đối tượng mã số {stale.SubjectId} không còn áp dụng: đối tượng không còn đủ điều kiện {Codes.Of(target)} năm {year.Year}.");
        }

        var title = VietnameseText.Name(target);
        var summary = percent.Value is { } p
            ? $"Chế độ {regime.Code}: {title} không quá {p}% số {(collective ? "tập thể" : "người")} đạt {VietnameseText.Name(baseTitle)} "
              + $"({baseCount} {(recorded > 0 ? "đã được công nhận" : "đủ điều kiện, chưa có quyết định công nhận")}): tối đa {slots} {(collective ? "tập thể" : "người")}; "
              + $"{eligible.Count} đủ điều kiện, {selected.Count} trong tỷ lệ."
            : $"Chế độ {regime.Code} không giới hạn tỷ lệ {title}: mọi {(collective ? "tập thể" : "người")} đủ điều kiện ({eligible.Count}) đều có thể được đề nghị.";
        return new QuotaView(root.Id, root.Name, year.Year, ListCandidates.Span(year), year.AsOf, target, title, regime.Code, percent.Value, percent.Checked, percent.Citation,
            baseTitle, baseCount, recorded > 0, slots, eligible.Count, selected.Count, summary, QuotaRanking.Rule,
            actor.CanAccess(AwardsPermissions.ManageQuota, root.Path), warnings, rows);
    }

    /// <summary>Overrides "inside" first, then the default order without the overrides "outside", up to the places.</summary>
    internal static HashSet<int> Select(IReadOnlyList<QuotaRank> ranks, IReadOnlyDictionary<int, QuotaOverrideView> overrides, int? slots)
    {
        var selected = ranks.Where(r => overrides.TryGetValue(r.Merit.SubjectId, out var o) && o.Include).Select(r => r.Merit.SubjectId).ToHashSet();
        foreach (var rank in ranks)
        {
            if (slots is { } max && selected.Count >= max)
            {
                break;
            }

            if (!overrides.ContainsKey(rank.Merit.SubjectId))
            {
                selected.Add(rank.Merit.SubjectId);
            }
        }

        return selected;
    }

    private static AwardCode BaseTitle(AwardCode target) => target == AwardCode.Ttldxs ? AwardCode.Ttldtt : AwardCode.Ldtt;

    private static bool HoldsTitle(IEnumerable<Organisation.Records.AwardRecord> awards, AwardCode title, int year) =>
        awards.Any(a => a.Code == title && a.Counts && CaseBuilder.TitleYear(a) == year);

    private static QuotaMerit PersonMerit(CandidateSet set, CandidateRow row, int year)
    {
        var person = set.Known[row.PersonId!.Value];
        var initiatives = person.Source.Initiatives.Where(i => i.Year == year).ToList();
        return new QuotaMerit(person.Id, person.Code, !person.IsLeader, person.Gender == Organisation.Gender.F,
            person.Source.Ratings.FirstOrDefault(r => r.Year == year)?.Rating, initiatives.Count,
            initiatives.Count == 0 ? null : initiatives.Max(i => i.Scope));
    }

    private static QuotaMerit CollectiveMerit(CandidateSet set, CandidateRow row, int year)
    {
        var unit = set.Collectives.Single(c => c.UnitId == row.UnitId);
        var women = unit.MemberIds.Count(id => set.Known[id].Gender == Organisation.Gender.F);
        return new QuotaMerit(unit.UnitId, unit.Code, true, unit.MemberIds.Count > 0 && 100L * women >= 70L * unit.MemberIds.Count,
            unit.Source.Ratings.FirstOrDefault(r => r.Year == year)?.Rating, 0, null);
    }
}
