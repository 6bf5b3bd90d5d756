using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Candidates;

/// <summary>Filters of a candidate list; null means "all".</summary>
public sealed record CandidateQuery(
    int? UnitId,
    int? Year,
    AwardCode? Target = null,
    Outcome? Outcome = null,
    bool? Leader = null,
    Organisation.Gender? Gender = null,
    int Page = 1,
    int Size = 50);

/// <summary>An unmet condition of a row: code, Vietnamese message, article.</summary>
public sealed record CandidateUnmet(string Code, string Message, string Citation);

/// <summary>One person or collective × one title or form, with the engine's verdict.</summary>
public sealed record CandidateRow(
    string Kind,
    int? PersonId,
    int UnitId,
    string Code,
    string Name,
    string UnitName,
    bool? IsLeader,
    string? Gender,
    AwardCode Target,
    Outcome Outcome,
    string? Regime,
    IReadOnlyList<CandidateUnmet> Unmet,
    IReadOnlyList<string> Council);

public sealed record CandidateCount(Outcome Outcome, int Count);

public sealed record CandidateList(
    int UnitId,
    string UnitName,
    int Year,
    string YearSpan,
    DateOnly AsOf,
    string Sector,
    string Note,
    int Total,
    int Page,
    int Size,
    IReadOnlyList<CandidateCount> Counts,
    IReadOnlyList<CandidateRow> Items);

/// <summary>
/// The candidate lists (issue 4, item 4): for a unit in the caller's scope and its subtree, every person × the
/// individual titles and forms and every collective × the collective titles, judged by the rules engine on the
/// database records (<see cref="CaseBuilder"/>) for an emulation year (default: the last finished one). Another
/// unit's id answers not found. Counts per outcome are taken before the outcome filter and paging.
/// </summary>
public sealed class ListCandidates(AppDbContext db, ICurrentUser actor, EmulationCalendar calendar, Regimes.RegimeStore regimes)
{
    /// <summary>What the pages show while no registration is recorded (CaseBuilder uses the general sector).</summary>
    public const string RegistrationNote = "Chưa có dữ liệu đăng ký thi đua: điều kiện “có đăng ký thi đua từ đầu năm” của ngành Tư pháp chưa được xét; kết quả theo quy định chung.";

    public static readonly IReadOnlyList<AwardCode> PersonTargets =
        [AwardCode.Ldtt, AwardCode.Cstdcs, AwardCode.Cstdbo, AwardCode.Cstdtq, AwardCode.Bkbo, AwardCode.Bkttg, AwardCode.Hcld3, AwardCode.Hcld2, AwardCode.Hcld1];

    public static readonly IReadOnlyList<AwardCode> CollectiveTargets = [AwardCode.Ttldtt, AwardCode.Ttldxs, AwardCode.Ctdbo];

    public async Task<Result<CandidateList>> HandleAsync(CandidateQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var paths = actor.ScopePaths(AwardsPermissions.ViewCandidates);
        var units = db.Units.AsNoTracking().InScope(paths);
        var root = await (query.UnitId is { } id ? units.Where(u => u.Id == id) : units.OrderBy(u => u.Depth).ThenBy(u => u.Id))
            .Select(u => new { u.Id, u.Name, u.Path }).FirstOrDefaultAsync(ct);
        if (root is null)
        {
            return Result<CandidateList>.NotFound();
        }

        var year = YearOf(query.Year);
        var rows = new List<CandidateRow>();
        var personTargets = query.Target is { } t ? PersonTargets.Where(x => x == t).ToList() : PersonTargets;
        var collectiveTargets = query.Target is { } c ? CollectiveTargets.Where(x => x == c).ToList() : CollectiveTargets;
        var peopleOnly = query.Leader is not null || query.Gender is not null;

        var people = await CandidateRecords.LoadAsync(db, db.People.Where(p => p.Unit.Path.StartsWith(root.Path)), ct);
        var catalog = await regimes.CatalogAsync(ct);
        var verdicts = new Dictionary<(int, AwardCode), EligibilityResult>();
        EligibilityResult Judge(CandidatePerson p, AwardCode target)
        {
            if (!verdicts.TryGetValue((p.Id, target), out var result))
            {
                result = EligibilityEngine.Evaluate(CaseBuilder.ForPerson(p.Source, target, year), catalog);
                verdicts[(p.Id, target)] = result;
            }

            return result;
        }

        foreach (var person in people.Where(p => (query.Leader is null || p.IsLeader == query.Leader) && (query.Gender is null || p.Gender == query.Gender)))
        {
            foreach (var target in personTargets)
            {
                rows.Add(Row(person, target, Judge(person, target)));
            }
        }

        if (!peopleOnly && collectiveTargets.Count > 0)
        {
            var collectives = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(root.Path) && u.Kind != UnitKind.DEPARTMENT && u.Kind != UnitKind.MINISTRY)
                .Select(u => new { u.Id, u.Code, u.Name, u.Path, u.ValidFrom, u.ValidTo }).ToListAsync(ct);
            collectives = collectives.Where(u => calendar.IsActiveIn(u.ValidFrom, u.ValidTo, year.Year)).ToList();
            var departments = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(root.Path) && u.Kind == UnitKind.DEPARTMENT)
                .Select(u => new { u.Id, u.ParentId }).ToDictionaryAsync(u => u.Id, u => u.ParentId, ct);
            var ids = collectives.Select(u => u.Id).ToList();
            var unitRatings = (await db.UnitRatings.AsNoTracking().Where(r => ids.Contains(r.UnitId)).ToListAsync(ct)).ToLookup(r => r.UnitId);
            var unitAwards = (await db.AwardRecords.AsNoTracking().Where(a => a.UnitId != null && ids.Contains(a.UnitId.Value)).ToListAsync(ct)).ToLookup(a => a.UnitId!.Value);
            foreach (var unit in collectives)
            {
                // A department counts with the agency it belongs to; the collective's members are its current staff.
                var members = people.Where(p => p.UnitId == unit.Id || (departments.TryGetValue(p.UnitId, out var parent) && parent == unit.Id)).ToList();
                var source = new CollectiveSource
                {
                    UnitId = unit.Id,
                    Ratings = unitRatings[unit.Id].ToList(),
                    Awards = unitAwards[unit.Id].ToList(),
                    Members = members.Count,
                    MembersCompleted = members.Count(m => m.Source.Ratings.Any(r => r.Year == year.Year && r.Rating >= Rating.Ht)),
                    MembersLdtt = members.Count(m => Judge(m, AwardCode.Ldtt).Outcome == Outcome.Eligible),
                    MembersCstdcs = members.Count(m => Judge(m, AwardCode.Cstdcs).Outcome == Outcome.Eligible),
                    MembersDisciplinedCanhCaoOrHeavier = members.Count(m => CaseBuilder.DisciplinedIn(m.Source.Discipline, year, DisciplineLevel.CanhCao)),
                };
                foreach (var target in collectiveTargets)
                {
                    var result = EligibilityEngine.Evaluate(CaseBuilder.ForCollective(source, target, year), catalog);
                    rows.Add(new CandidateRow("COLLECTIVE", null, unit.Id, unit.Code, unit.Name, unit.Name, null, null, target, result.Outcome, result.Regime, Unmet(result), Council(result)));
                }
            }
        }

        var counts = Enum.GetValues<Outcome>().Select(o => new CandidateCount(o, rows.Count(r => r.Outcome == o))).ToList();
        var filtered = query.Outcome is { } outcome ? rows.Where(r => r.Outcome == outcome).ToList() : rows;
        var names = StringComparer.Create(VietnameseFormat.Culture, false);
        var ordered = filtered
            .OrderBy(r => r.Kind == "COLLECTIVE" ? 0 : 1)
            .ThenBy(r => GivenName(r.Name), names).ThenBy(r => r.Name, names).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ThenBy(r => r.Target)
            .ToList();
        var size = Math.Max(1, query.Size);
        var page = Math.Max(1, query.Page);
        return Result<CandidateList>.Ok(new CandidateList(root.Id, root.Name, year.Year, calendar.Describe(year.Year), year.AsOf, Codes.Of(CaseBuilder.SectorUsed),
            RegistrationNote, ordered.Count, page, size, counts, ordered.Skip((page - 1) * size).Take(size).ToList()));
    }

    /// <summary>The assessed year and its decision date: <paramref name="year"/> or the last finished one.</summary>
    public CandidateYear YearOf(int? year)
    {
        var y = year ?? calendar.LastFinished;
        return CandidateYear.Of(y, calendar.Start(y), calendar.End(y), calendar.Today);
    }

    internal static CandidateRow Row(CandidatePerson p, AwardCode target, EligibilityResult result) =>
        new("PERSON", p.Id, p.UnitId, p.Code, p.FullName, p.UnitName, p.IsLeader, p.Gender.ToString(), target, result.Outcome, result.Regime, Unmet(result), Council(result));

    internal static IReadOnlyList<CandidateUnmet> Unmet(EligibilityResult result) =>
        result.Outcome == Outcome.Invalid
            ? result.Errors.Select(e => new CandidateUnmet("INVALID", e.Field + ": " + e.Message, string.Empty)).ToList()
            : result.Unmet.Select(u => new CandidateUnmet(Codes.Of(u.Code), u.Message, u.Citation)).ToList();

    /// <summary>The conditions left to the council ("cần Hội đồng xem xét"), met on the records by definition.</summary>
    internal static IReadOnlyList<string> Council(EligibilityResult result) =>
        result.Trace.Where(t => t.NeedsCouncil).Select(t => t.Message).Distinct().ToList();

    private static string GivenName(string fullName)
    {
        var space = fullName.LastIndexOf(' ');
        return space < 0 ? fullName : fullName[(space + 1)..];
    }
}
