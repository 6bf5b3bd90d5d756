using System.Runtime.CompilerServices;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Eligibility.Regimes;
using ThiDua.Core.Awards.Eligibility.Cases;
using Records = ThiDua.Core.Organisation.Records;

namespace ThiDua.Core.Awards.Candidates;

/// <summary>An initiative of which the person is an author: its id, scope and the emulation year it counts for.</summary>
public sealed record InitiativeSource(int Id, InitiativeScope Scope, int Year);

/// <summary>Everything recorded about one person that the rules engine reads (loaded by <see cref="CandidateRecords"/>).</summary>
public sealed record PersonSource
{
    public required int PersonId { get; init; }

    /// <summary>Person.RecruitedOn; null when not recorded.</summary>
    public DateOnly? RecruitedOn { get; init; }

    /// <summary>Start of the person's first assignment: the recruitment date when none is recorded.</summary>
    public DateOnly? FirstAssignment { get; init; }

    public bool IsLeader { get; init; }

    public Organisation.Gender Gender { get; init; }

    public IReadOnlyList<Records.PersonRating> Ratings { get; init; } = [];

    public IReadOnlyList<Records.LeaveRecord> Leave { get; init; } = [];

    public IReadOnlyList<Records.DisciplineRecord> Discipline { get; init; } = [];

    public IReadOnlyList<Records.PendingCase> Pending { get; init; } = [];

    public IReadOnlyList<InitiativeSource> Initiatives { get; init; } = [];

    public IReadOnlyList<Records.AwardRecord> Awards { get; init; } = [];

    /// <summary>Approved registered titles of the assessed year; null when no registration round covers the person (<see cref="RegistrationFeed"/>).</summary>
    public IReadOnlyList<AwardCode>? Registered { get; init; }
}

/// <summary>A collective's records and its members' figures for the assessed year.</summary>
public sealed record CollectiveSource
{
    public required int UnitId { get; init; }

    public IReadOnlyList<Records.UnitRating> Ratings { get; init; } = [];

    public IReadOnlyList<Records.AwardRecord> Awards { get; init; } = [];

    public required int Members { get; init; }

    public required int MembersCompleted { get; init; }

    public required int MembersLdtt { get; init; }

    public required int MembersCstdcs { get; init; }

    public required int MembersDisciplinedCanhCaoOrHeavier { get; init; }

    /// <summary>Approved registered titles of the assessed year; null when no registration round covers the unit (<see cref="RegistrationFeed"/>).</summary>
    public IReadOnlyList<AwardCode>? Registered { get; init; }

    /// <summary>Voted leading unit (suy tôn) of its cluster or block for the year, in a closed covenant (CTDBO, CTDCP).</summary>
    public bool LeadsCluster { get; init; }
}

/// <summary>The assessed year, its bounds and the decision date the verdicts are given on.</summary>
public sealed record CandidateYear(int Year, DateOnly Start, DateOnly End, DateOnly AsOf)
{
    /// <summary>
    /// The decision date: today, or the day after the year's end when the year is not over yet (a title is never
    /// decided before its year ends). The regime is the one in force on that date (rules.md §1).
    /// </summary>
    public static CandidateYear Of(int year, DateOnly start, DateOnly end, DateOnly today) =>
        new(year, start, end, today > end ? today : end.AddDays(1));
}

/// <summary>
/// Maps the yearly records of the database (Organisation.Records) to the rules engine's case model, so that the
/// candidate lists give the same verdicts as the CLI and the API on case files (ADR 0008). Decisions:
/// <list type="bullet">
/// <item>Sector: <see cref="Sector.Justice"/> with the approved registered titles when a registration round of the
/// year covers the person's or collective's unit (<see cref="RegistrationFeed"/>), so "no registration, no title"
/// (rules.md §5) applies; otherwise <see cref="Sector.General"/> — no registration data (the historic years) — and the
/// pages say so ("chưa có dữ liệu đăng ký thi đua").</item>
/// <item>Years run from the earliest recorded year to the assessed one, without gaps (a year without rating is null);
/// titles come from the award table by the last year of their period, revoked awards and those decided after the
/// decision date do not count; titles of the assessed year and later are never passed (the engine derives them).</item>
/// <item>Leave: days of the reasons that count (OTHER) are summed; a year with only excused leave passes the
/// largest excused reason, which the engine does not count.</item>
/// <item>Discipline decided on or before the decision date; pending cases open on it.</item>
/// <item>Recruitment: Person.RecruitedOn, else the first assignment, else the year's end (service then too short:
/// a missing date never passes silently).</item>
/// </list>
/// </summary>
public static class CaseBuilder
{
    /// <summary>The sector passed to the engine when no registration round covers the unit (see the summary).</summary>
    public const Sector SectorUsed = Sector.General;

    /// <summary>
    /// The last person mapped for a year, per source: a list judges each person for nine targets, and only the id and the
    /// target of the case depend on the target. Keyed by the source object (weakly, so it goes with it); a source is
    /// immutable, and a changed copy (<c>with</c>) is another key.
    /// </summary>
    private static readonly ConditionalWeakTable<PersonSource, MappedPerson> Mapped = new();

    /// <summary>The case of a person for a title or form.</summary>
    public static EligibilityCase ForPerson(PersonSource source, AwardCode target, CandidateYear year)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(year);
        if (Mapped.TryGetValue(source, out var mapped) && mapped.Year == year)
        {
            return mapped.Case.Target == target ? mapped.Case : mapped.Case with { Id = PersonCaseId(source, target, year), Target = target };
        }

        var @case = MapPerson(source, target, year);
        Mapped.AddOrUpdate(source, new MappedPerson(year, @case));
        return @case;
    }

    private static EligibilityCase MapPerson(PersonSource source, AwardCode target, CandidateYear year)
    {
        var counted = source.Awards.Where(a => Counts(a, year)).ToList();
        var titles = counted.Where(a => AwardCodes.IsIndividualTitle(a.Code)).ToList();
        var first = FirstYear(year.Year,
            source.Ratings.Select(r => r.Year)
                .Concat(source.Leave.Select(l => l.Year))
                .Concat(source.Initiatives.Select(i => i.Year))
                .Concat(titles.Select(TitleYear)));

        // The first rating recorded for each year (one per year in the database), read once rather than searched per year.
        var ratings = new Rating?[year.Year - first + 1];
        for (var i = source.Ratings.Count - 1; i >= 0; i--)
        {
            var r = source.Ratings[i];
            if (r.Year <= year.Year)
            {
                ratings[r.Year - first] = r.Rating;
            }
        }

        var years = new List<PersonYear>(ratings.Length);
        for (var y = first; y <= year.Year; y++)
        {
            var (days, reason) = source.Leave.Count == 0 ? (0, null) : LeaveOf(source.Leave.Where(l => l.Year == y).ToList());
            years.Add(new PersonYear
            {
                Year = y,
                Rating = ratings[y - first],
                Titles = y == year.Year ? [] : TitlesOf(titles, y),
                Initiatives = source.Initiatives.Count == 0 ? [] : source.Initiatives.Where(i => i.Year == y).OrderBy(i => i.Id)
                    .Select(i => new Initiative(i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), i.Scope)).ToList(),
                LeaveWorkingDays = days,
                LeaveReason = reason,
            });
        }

        return new EligibilityCase
        {
            Id = PersonCaseId(source, target, year),
            AsOf = year.AsOf,
            Sector = source.Registered is null ? SectorUsed : Sector.Justice,
            Year = year.Year,
            YearEnd = year.End,
            Target = target,
            Person = new PersonRecord
            {
                RecruitedOn = source.RecruitedOn ?? source.FirstAssignment ?? year.End,
                IsLeader = source.IsLeader,
                Gender = source.Gender == Organisation.Gender.F ? Gender.Female : Gender.Male,
                Registered = source.Registered ?? [],
                Years = years,
                Awards = counted.Where(a => !AwardCodes.IsIndividualTitle(a.Code) && !AwardCodes.IsCollectiveTitle(a.Code)).Select(ToAward).ToList(),
                Discipline = source.Discipline.Where(d => d.DecidedOn <= year.AsOf)
                    .Select(d => new DisciplineRecord(d.Level, d.DecidedOn, d.EndsOn)).ToList(),
                Pending = source.Pending.Where(p => p.IsOpenOn(year.AsOf)).Select(p => p.Kind).ToList(),
            },
        };
    }

    /// <summary>
    /// The person's verdicts for several titles or forms. Only the id and the target of a person's case depend on the
    /// target, so the records are mapped once and the case re-aimed at each target (the lists judge nine per person).
    /// </summary>
    public static IEnumerable<(AwardCode Target, EligibilityResult Result)> Judge(PersonSource source, IEnumerable<AwardCode> targets, CandidateYear year, RegimeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(year);
        var cases = new List<EligibilityCase>();
        var aims = new List<AwardCode>();
        foreach (var target in targets)
        {
            cases.Add(cases.Count == 0 ? MapPerson(source, target, year) : cases[0] with { Id = PersonCaseId(source, target, year), Target = target });
            aims.Add(target);
        }

        // One case mapped per person and year, re-aimed at each target: the engine then derives the titles of the year once.
        var results = EligibilityEngine.Evaluate(cases, catalog);
        for (var i = 0; i < results.Length; i++)
        {
            yield return (aims[i], results[i]);
        }
    }

    /// <summary>The case of a collective for a collective title.</summary>
    public static EligibilityCase ForCollective(CollectiveSource source, AwardCode target, CandidateYear year)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(year);
        var counted = source.Awards.Where(a => Counts(a, year)).ToList();
        var titles = counted.Where(a => AwardCodes.IsCollectiveTitle(a.Code)).ToList();
        var first = FirstYear(year.Year, source.Ratings.Where(r => r.Year < year.Year).Select(r => r.Year).Concat(titles.Select(TitleYear)));
        var years = new List<CollectiveYear>();
        for (var y = first; y < year.Year; y++)
        {
            years.Add(new CollectiveYear(y, source.Ratings.FirstOrDefault(r => r.Year == y)?.Rating,
                titles.Where(t => TitleYear(t) == y).Select(t => t.Code).Distinct().ToList()));
        }

        return new EligibilityCase
        {
            Id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"unit-{source.UnitId}-{Codes.Of(target)}-{year.Year}"),
            AsOf = year.AsOf,
            Sector = source.Registered is null ? SectorUsed : Sector.Justice,
            Year = year.Year,
            YearEnd = year.End,
            Target = target,
            Collective = new CollectiveRecord
            {
                Rating = source.Ratings.FirstOrDefault(r => r.Year == year.Year)?.Rating,
                Members = source.Members,
                MembersCompleted = source.MembersCompleted,
                MembersLdtt = source.MembersLdtt,
                MembersCstdcs = source.MembersCstdcs,
                MembersDisciplinedCanhCaoOrHeavier = source.MembersDisciplinedCanhCaoOrHeavier,
                // The cluster's vote recorded when its covenant of the year was closed (Covenants module).
                LeadsCluster = source.LeadsCluster,
                Registered = source.Registered ?? [],
                Years = years,
                Awards = counted.Where(a => !AwardCodes.IsIndividualTitle(a.Code) && !AwardCodes.IsCollectiveTitle(a.Code)).Select(ToAward).ToList(),
            },
        };
    }

    /// <summary>A discipline of <paramref name="lightest"/> or heavier decided by the year's end whose period runs into the year (eligibility-notes 7).</summary>
    public static bool DisciplinedIn(IEnumerable<Records.DisciplineRecord> discipline, CandidateYear year, DisciplineLevel lightest) =>
        discipline.Any(d => d.Level >= lightest && d.DecidedOn <= year.End && (d.EndsOn ?? DateOnly.MaxValue) >= year.Start);

    /// <summary>The emulation year a title was awarded for: the last year of its period, else the year before its decision.</summary>
    public static int TitleYear(Records.AwardRecord award)
    {
        ArgumentNullException.ThrowIfNull(award);
        return award.PeriodTo ?? award.PeriodFrom ?? award.DecisionDate.Year - 1;
    }

    /// <summary>The codes of the titles awarded for <paramref name="year"/>, each once, in the order recorded.</summary>
    private static List<AwardCode> TitlesOf(List<Records.AwardRecord> titles, int year)
    {
        var codes = new List<AwardCode>(2);
        foreach (var title in titles)
        {
            if (TitleYear(title) == year && !codes.Contains(title.Code))
            {
                codes.Add(title.Code);
            }
        }

        return codes;
    }

    private sealed record MappedPerson(CandidateYear Year, EligibilityCase Case);

    private static string PersonCaseId(PersonSource source, AwardCode target, CandidateYear year) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"person-{source.PersonId}-{Codes.Of(target)}-{year.Year}");

    /// <summary>Only awards that are not revoked, decided by the decision date, and not for the assessed year or later.</summary>
    private static bool Counts(Records.AwardRecord award, CandidateYear year) =>
        award.Counts && award.DecisionDate <= year.AsOf && TitleYear(award) < year.Year;

    private static int FirstYear(int assessed, IEnumerable<int> years)
    {
        var first = assessed;
        foreach (var y in years)
        {
            if (y < first)
            {
                first = y;
            }
        }

        return first;
    }

    private static (int Days, LeaveReason? Reason) LeaveOf(IReadOnlyList<Records.LeaveRecord> leave)
    {
        var counting = leave.Where(l => l.Reason == LeaveReason.Other).Sum(l => l.WorkingDays);
        if (counting > 0)
        {
            return (counting, LeaveReason.Other);
        }

        var excused = leave.Where(l => l.WorkingDays > 0).OrderByDescending(l => l.WorkingDays).FirstOrDefault();
        return excused is null ? (0, null) : (excused.WorkingDays, excused.Reason);
    }

    private static AwardRecord ToAward(Records.AwardRecord a) => new(a.Code, a.Kind, a.DecisionDate, a.PeriodFrom, a.PeriodTo);
}
