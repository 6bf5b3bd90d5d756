using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation;

namespace ThiDua.Core.Awards.Candidates;

/// <summary>A collective judged for the year: its records, its members as they were in the year, and its figures.</summary>
public sealed record CandidateCollective(int UnitId, string Code, string Name, string Path, DateOnly ReferenceDate, IReadOnlyList<int> MemberIds, CollectiveSource Source);

/// <summary>Everything judged for a unit's subtree and a year: its people now, its collectives, and the rows.</summary>
public sealed class CandidateSet
{
    public required CandidateYear Year { get; init; }

    /// <summary>The people now in the subtree (the list's people).</summary>
    public required IReadOnlyList<CandidatePerson> People { get; init; }

    public required IReadOnlyList<CandidateCollective> Collectives { get; init; }

    public required IReadOnlyList<CandidateRow> Rows { get; init; }

    /// <summary>The person's source (people now in the subtree and former members of its collectives).</summary>
    public required IReadOnlyDictionary<int, CandidatePerson> Known { get; init; }

    /// <summary>The registrations of the year the verdicts were given with (sector and note per subtree).</summary>
    public RegistrationFeed Registrations { get; init; } = RegistrationFeed.Empty;
}

/// <summary>
/// Judges a unit's subtree for an emulation year (the candidate lists, the quota and the fairness panel share it):
/// every person now in the subtree against the individual titles and forms, every collective (not a department,
/// active during the year) against the collective titles. A collective's members are the people assigned to it,
/// or to one of its departments, on the last day of the year (or of the unit, when it closed during the year):
/// the collective as it was, not as it is now; a member who has since left is still counted.
/// </summary>
public sealed class CandidateEvaluator(AppDbContext db, EmulationCalendar calendar, Regimes.RegimeStore regimes)
{
    /// <summary>The assessed year (default: the last finished one) and its decision date (default: <see cref="CandidateYear.Of"/>).</summary>
    public CandidateYear YearOf(int? year, DateOnly? asOf = null)
    {
        var y = year ?? calendar.LastFinished;
        var candidate = CandidateYear.Of(y, calendar.Start(y), calendar.End(y), calendar.Today);
        return asOf is { } date ? candidate with { AsOf = date } : candidate;
    }

    public async Task<CandidateSet> EvaluateAsync(
        string rootPath,
        CandidateYear year,
        IReadOnlyCollection<AwardCode> personTargets,
        IReadOnlyCollection<AwardCode> collectiveTargets,
        Func<CandidatePerson, bool>? personFilter = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(year);
        var catalog = await regimes.CatalogAsync(ct);
        var feed = await RegistrationFeed.LoadAsync(db, year.Year, ct);
        var people = await CandidateRecords.LoadAsync(db, db.People.Where(p => p.Unit.Path.StartsWith(rootPath)), feed, ct);
        var known = people.ToDictionary(p => p.Id);
        // Judged in parallel up front (each person's case mapped once): the rows' targets, and LĐTT and CSTĐCS that the
        // collectives count; anything else (a former member of a collective) is judged on demand below.
        var judged = personFilter is null || collectiveTargets.Count > 0 ? people : people.Where(personFilter).ToList();
        var verdicts = CandidateVerdicts.ByPerson(judged, [.. personTargets, .. collectiveTargets.Count > 0 ? [AwardCode.Ldtt, AwardCode.Cstdcs] : Array.Empty<AwardCode>()], year, catalog);
        EligibilityResult Judge(CandidatePerson p, AwardCode target)
        {
            if (!verdicts.TryGetValue((p.Id, target), out var result))
            {
                result = EligibilityEngine.Evaluate(CaseBuilder.ForPerson(p.Source, target, year), catalog);
                verdicts[(p.Id, target)] = result;
            }

            return result;
        }

        var rows = new List<CandidateRow>();
        foreach (var person in personFilter is null ? people : people.Where(personFilter))
        {
            foreach (var target in personTargets)
            {
                rows.Add(ListCandidates.Row(person, target, Judge(person, target)));
            }
        }

        var collectives = new List<CandidateCollective>();
        if (collectiveTargets.Count > 0)
        {
            collectives = await CollectivesAsync(rootPath, year, known, feed, ct);
            for (var index = 0; index < collectives.Count; index++)
            {
                var unit = collectives[index];
                var members = unit.MemberIds.Select(id => known[id]).ToList();
                var source = unit.Source with
                {
                    Members = members.Count,
                    MembersCompleted = members.Count(m => m.Source.Ratings.Any(r => r.Year == year.Year && r.Rating >= Rating.Ht)),
                    MembersLdtt = members.Count(m => Judge(m, AwardCode.Ldtt).Outcome == Outcome.Eligible),
                    MembersCstdcs = members.Count(m => Judge(m, AwardCode.Cstdcs).Outcome == Outcome.Eligible),
                    MembersDisciplinedCanhCaoOrHeavier = members.Count(m => CaseBuilder.DisciplinedIn(m.Source.Discipline, year, DisciplineLevel.CanhCao)),
                };
                collectives[index] = unit with { Source = source };
                foreach (var target in collectiveTargets)
                {
                    var result = EligibilityEngine.Evaluate(CaseBuilder.ForCollective(source, target, year), catalog);
                    rows.Add(new CandidateRow("COLLECTIVE", null, unit.UnitId, unit.Code, unit.Name, unit.Name, null, null, target, result.Outcome, result.Regime,
                        ListCandidates.Unmet(result), ListCandidates.Council(result)));
                }
            }
        }

        return new CandidateSet { Year = year, People = people, Collectives = collectives, Rows = rows, Known = known, Registrations = feed };
    }

    /// <summary>The subtree's collectives active in the year, with their records and members in the year (figures left at zero).</summary>
    private async Task<List<CandidateCollective>> CollectivesAsync(string rootPath, CandidateYear year, Dictionary<int, CandidatePerson> known, RegistrationFeed feed, CancellationToken ct)
    {
        var units = (await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(rootPath) && u.Kind != UnitKind.DEPARTMENT && u.Kind != UnitKind.MINISTRY)
            .Select(u => new { u.Id, u.Code, u.Name, u.Path, u.ValidFrom, u.ValidTo }).ToListAsync(ct))
            .Where(u => calendar.IsActiveIn(u.ValidFrom, u.ValidTo, year.Year)).ToList();
        if (units.Count == 0)
        {
            return [];
        }

        var ids = units.Select(u => u.Id).ToList();
        var departments = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.DEPARTMENT && u.ParentId != null && ids.Contains(u.ParentId.Value))
            .Select(u => new { u.Id, ParentId = u.ParentId!.Value }).ToDictionaryAsync(u => u.Id, u => u.ParentId, ct);
        var collectiveOf = ids.ToDictionary(id => id, id => id);
        foreach (var (department, parent) in departments)
        {
            collectiveOf[department] = parent;
        }

        var unitIds = collectiveOf.Keys.ToList();
        var assignments = await db.Assignments.AsNoTracking()
            .Where(a => unitIds.Contains(a.UnitId) && a.From <= year.End && (a.To == null || a.To >= year.Start))
            .Select(a => new { a.PersonId, a.UnitId, a.From, a.To }).ToListAsync(ct);

        // People with no recorded career count in their current unit from their recruitment (imports before histories).
        var withHistory = (await db.Assignments.AsNoTracking().Where(a => unitIds.Contains(a.UnitId)).Select(a => a.PersonId).Distinct().ToListAsync(ct)).ToHashSet();
        var ranges = assignments.Select(a => (a.PersonId, Unit: collectiveOf[a.UnitId], a.From, To: a.To ?? DateOnly.MaxValue))
            .Concat(known.Values.Where(p => !withHistory.Contains(p.Id) && collectiveOf.ContainsKey(p.UnitId))
                .Select(p => (PersonId: p.Id, Unit: collectiveOf[p.UnitId], From: p.Source.RecruitedOn ?? DateOnly.MinValue, To: DateOnly.MaxValue)))
            .ToList();

        var members = new Dictionary<int, List<int>>();
        var referenceDates = units.ToDictionary(u => u.Id, u => u.ValidTo is { } to && to < year.End ? to : year.End);
        foreach (var range in ranges)
        {
            var reference = referenceDates[range.Unit];
            if (range.From <= reference && range.To >= reference)
            {
                (members.TryGetValue(range.Unit, out var list) ? list : members[range.Unit] = []).Add(range.PersonId);
            }
        }

        var missing = members.Values.SelectMany(m => m).Where(id => !known.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var former in await CandidateRecords.LoadAsync(db, db.People.Where(p => missing.Contains(p.Id)), feed, ct))
            {
                known[former.Id] = former;
            }
        }

        var unitRatings = (await db.UnitRatings.AsNoTracking().Where(r => ids.Contains(r.UnitId)).ToListAsync(ct)).ToLookup(r => r.UnitId);
        var unitAwards = (await db.AwardRecords.AsNoTracking().Where(a => a.UnitId != null && a.RevokedOn == null && ids.Contains(a.UnitId.Value)).ToListAsync(ct)).ToLookup(a => a.UnitId!.Value);
        var leading = (await db.CovenantResults.AsNoTracking()
            .Where(r => r.IsLeading && ids.Contains(r.UnitId) && db.Covenants.Any(c => c.Id == r.CovenantId && c.Year == year.Year && c.Status == Covenants.CovenantStatus.Closed))
            .Select(r => r.UnitId).ToListAsync(ct)).ToHashSet();
        return units.Select(u => new CandidateCollective(u.Id, u.Code, u.Name, u.Path, referenceDates[u.Id],
            members.TryGetValue(u.Id, out var m) ? m.Distinct().Where(known.ContainsKey).Order().ToList() : [],
            new CollectiveSource
            {
                UnitId = u.Id,
                Ratings = unitRatings[u.Id].ToList(),
                Awards = unitAwards[u.Id].ToList(),
                Members = 0,
                MembersCompleted = 0,
                MembersLdtt = 0,
                MembersCstdcs = 0,
                MembersDisciplinedCanhCaoOrHeavier = 0,
                Registered = feed.ForUnit(u.Id, u.Path),
                LeadsCluster = leading.Contains(u.Id),
            })).ToList();
    }
}
