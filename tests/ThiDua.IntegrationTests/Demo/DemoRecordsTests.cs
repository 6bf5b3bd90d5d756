using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ThiDua.Core.Awards.Eligibility.Regimes;
using ThiDua.Core.Demo;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Organisation.Records;
using ThiDua.Core.Shared;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Demo;

/// <summary>
/// The five years of demo records (SeedDemoRecords): relative to the clock (the last finished emulation year is the one
/// being assessed), consistent with each other, with the tree (the reorganisation of 1 July 2025 on its real date) and
/// with the law's conditions. The checks take <c>last</c> from the clock at seeding time (the audit event's time), never
/// from the records themselves.
/// </summary>
[Collection("app")]
public sealed class DemoRecordsTests(Apps apps)
{
    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task ExistingUnitIds_StayStable_AndThePredecessorsComeAfterThem(Db db) =>
        DemoRecordsChecks.UnitIds(await DemoRecordsChecks.LoadAsync(apps.Get(db)));

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task EveryClosedUnit_HasAnActiveSuccessor_AndLiesInItsSubtree(Db db) =>
        DemoRecordsChecks.Successions(await DemoRecordsChecks.LoadAsync(apps.Get(db)));

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task EveryPerson_HasOneOpenAssignment_InTheirCurrentUnit_AndCareersFitTheTree(Db db) =>
        DemoRecordsChecks.Careers(await DemoRecordsChecks.LoadAsync(apps.Get(db)));

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Ratings_CoverTheFiveYearsUpToTheLastFinished_PersistFromYearToYear_AndHavePlausibleShares(Db db) =>
        DemoRecordsChecks.Ratings(await DemoRecordsChecks.LoadAsync(apps.Get(db)));

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task NguyenVanAn_IsExcellentTheLastThreeYears_WithAnInitiativeEachYear_AndNothingAwardedForTheAssessedYear(Db db) =>
        DemoRecordsChecks.NguyenVanAn(await DemoRecordsChecks.LoadAsync(apps.Get(db)));

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task NoAward_GoesToAPersonInAYearTheirDisciplineRan_AndThatYearIsRatedLow(Db db) =>
        DemoRecordsChecks.Disciplines(await DemoRecordsChecks.LoadAsync(apps.Get(db)));

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task HistoricAwards_FollowTheTitlesRules_AndLeaveTheAssessedYearOpen(Db db) =>
        DemoRecordsChecks.HistoricAwards(await DemoRecordsChecks.LoadAsync(apps.Get(db)));

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task UnitRatings_GoToTheCollectivesOpenAtEachYearsEnd(Db db) =>
        DemoRecordsChecks.UnitRatings(await DemoRecordsChecks.LoadAsync(apps.Get(db)));

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task LeavePendingCasesAndInitiatives_AreRealistic(Db db) =>
        DemoRecordsChecks.LeavePendingAndInitiatives(await DemoRecordsChecks.LoadAsync(apps.Get(db)));

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Clusters_HaveMembersEveryYear_WithARotatingHeadAndOneDeputy(Db db) =>
        DemoRecordsChecks.Clusters(await DemoRecordsChecks.LoadAsync(apps.Get(db)));

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task TheEmulationOfficerAccount_IsLinkedToTheEmulationOfficer(Db db)
    {
        var app = apps.Get(db);
        var person = await app.WithDbAsync(d => d.Users.Where(u => u.UserName == "canbo.langson")
            .Join(d.People.Include(p => p.Unit), u => u.PersonId, p => (int?)p.Id, (_, p) => p).SingleAsync());
        Assert.Equal("Chuyên viên (phụ trách thi đua, khen thưởng)", person.Position);
        Assert.Equal("LSN-TCCB", person.Unit.Code);
    }
}

/// <summary>
/// The same checks on a database seeded at other dates (SQLite, a fake clock): the first day of emulation year 2026 (so
/// 2025, the reorganisation year, is assessed) and 1 October 2030 in Vietnam, still 30 September in UTC (so 2030 is
/// assessed, every recorded year lies after the reorganisation, and "today" must be Vietnam's date).
/// </summary>
public sealed class DemoRecordsAtOtherDatesTests
{
    [Theory]
    [InlineData("2025-10-01T02:00:00Z", 2025)]
    [InlineData("2030-09-30T18:00:00Z", 2030)]
    public async Task EveryCheck_Holds_ForTheLastFinishedYearOfThatDate(string now, int assessed)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        using var app = new ThiDuaApp(Db.Sqlite, services: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        _ = app.Server; // start: migrations and the demo data, seeded on the fake clock's date
        var data = await DemoRecordsChecks.LoadAsync(app);
        Assert.Equal(assessed, data.Last);
        DemoRecordsChecks.UnitIds(data);
        DemoRecordsChecks.Successions(data);
        DemoRecordsChecks.Careers(data);
        DemoRecordsChecks.Ratings(data);
        DemoRecordsChecks.NguyenVanAn(data);
        DemoRecordsChecks.Disciplines(data);
        DemoRecordsChecks.HistoricAwards(data);
        DemoRecordsChecks.UnitRatings(data);
        DemoRecordsChecks.LeavePendingAndInitiatives(data);
        DemoRecordsChecks.Clusters(data);
    }
}

/// <summary>The checks of the demo records, for the assessed year <c>Last</c> of the seeding date.</summary>
internal static class DemoRecordsChecks
{
    private static readonly DateOnly Reorganised = new(2025, 7, 1);

    internal sealed record Data(
        DateOnly SeededOn,
        List<OrgUnit> Units,
        List<Person> People,
        List<PersonAssignment> Assignments,
        List<PersonRating> Ratings,
        List<LeaveRecord> Leaves,
        List<DisciplineRecord> Disciplines,
        List<PendingCase> Pending,
        List<Initiative> Initiatives,
        List<UnitRating> UnitRatings,
        List<AwardRecord> Awards,
        List<UnitSuccession> Successions,
        List<Cluster> Clusters,
        List<ClusterMember> Members)
    {
        /// <summary>The year being assessed: the last emulation year finished on the seeding date (by the clock, not the data).</summary>
        public int Last => EmulationYear.LastFinished(SeededOn);

        public int First => Last - 4;

        public IEnumerable<int> Years => Enumerable.Range(First, 5);

        public Person PersonBy(string code) => People.Single(p => p.Code == code);

        public Rating? RatingOf(int personId, int year) => Ratings.SingleOrDefault(r => r.PersonId == personId && r.Year == year)?.Rating;

        public bool Holds(int personId, AwardCode code, int year) =>
            Awards.Any(a => a.PersonId == personId && a.Code == code && a.Kind == AwardKind.CongTrang && a.PeriodFrom <= year && year <= a.PeriodTo);

        public IEnumerable<Initiative> InitiativesOf(int personId, int year) =>
            Initiatives.Where(i => i.Year == year && i.Authors.Any(a => a.PersonId == personId));
    }

    public static Task<Data> LoadAsync(ThiDuaApp app) => app.WithDbAsync(async d => new Data(
        EmulationYear.DateIn(new DateTimeOffset(
            DateTime.SpecifyKind(await d.AuditEvents.Where(e => e.Action == "demo.records_seeded").Select(e => e.OccurredAt).SingleAsync(), DateTimeKind.Utc))),
        await d.Units.AsNoTracking().ToListAsync(),
        await d.People.AsNoTracking().ToListAsync(),
        await d.Assignments.AsNoTracking().ToListAsync(),
        await d.PersonRatings.AsNoTracking().ToListAsync(),
        await d.LeaveRecords.AsNoTracking().ToListAsync(),
        await d.DisciplineRecords.AsNoTracking().ToListAsync(),
        await d.PendingCases.AsNoTracking().ToListAsync(),
        await d.Initiatives.AsNoTracking().Include(i => i.Authors).ToListAsync(),
        await d.UnitRatings.AsNoTracking().ToListAsync(),
        await d.AwardRecords.AsNoTracking().ToListAsync(),
        await d.UnitSuccessions.AsNoTracking().ToListAsync(),
        // The demo's clusters only: other tests of the shared app add clusters of their own (scope harness, covenants).
        await d.Clusters.AsNoTracking().Where(c => c.Code == "CUM-TINH-1" || c.Code == "KHOI-LSN-KV").ToListAsync(),
        await d.ClusterMembers.AsNoTracking().Where(m => d.Clusters.Any(c => c.Id == m.ClusterId && (c.Code == "CUM-TINH-1" || c.Code == "KHOI-LSN-KV"))).ToListAsync()));

    private static bool InEffect(DisciplineRecord d, int year) =>
        d.DecidedOn <= EmulationYear.End(year) && (d.EndsOn ?? DateOnly.MaxValue) >= EmulationYear.Start(year);

    private static bool IsLangSonCollective(OrgUnit u) =>
        u.Code is "LSN" or SeedDemoRecords.OldProvincialCode || u.Code.StartsWith("LSN-KV", StringComparison.Ordinal) || u.Code.StartsWith("LSN-CC-", StringComparison.Ordinal);

    public static void UnitIds(Data data)
    {
        var codes = data.Units.ToDictionary(u => u.Id, u => u.Code);
        Assert.Equal(new[] { "BTP", "QLTHADS", "LSN", "HNI", "NAN" }, Enumerable.Range(1, 5).Select(i => codes[i]));
        var closed = data.Units.Where(u => u.ValidTo is not null).ToList();
        Assert.Equal(12, closed.Count);
        Assert.True(closed.Min(u => u.Id) > data.Units.Where(u => u.ValidTo is null).Max(u => u.Id), "a predecessor was inserted among the existing units");
        Assert.Contains(closed, u => u.Code == SeedDemoRecords.OldProvincialCode && u.Name == "Cục Thi hành án dân sự tỉnh Lạng Sơn");
        Assert.Equal(11, closed.Count(u => u.Name.StartsWith("Chi cục Thi hành án dân sự ", StringComparison.Ordinal)));
        Assert.All(closed, u => Assert.Equal(Reorganised.AddDays(-1), u.ValidTo));
    }

    public static void Successions(Data data)
    {
        var byId = data.Units.ToDictionary(u => u.Id);
        foreach (var unit in data.Units.Where(u => u.ValidTo is not null))
        {
            var succession = Assert.Single(data.Successions, s => s.PredecessorId == unit.Id);
            var successor = byId[succession.SuccessorId];
            Assert.Null(successor.ValidTo);
            Assert.Equal(Reorganised, succession.On);
            Assert.True(successor.IsActiveOn(succession.On), $"{successor.Code} is not open on {succession.On}");
            Assert.Equal(succession.On.AddDays(-1), unit.ValidTo);
            Assert.Equal(SuccessionKind.MERGE, succession.Kind);
            Assert.NotNull(succession.FormerParentId);
            Assert.StartsWith("Quyết định số ", succession.DecisionRef);
            Assert.True(unit.Path.StartsWith(successor.Path, StringComparison.Ordinal) && unit.Path != successor.Path,
                $"{unit.Code} ({unit.Path}) is not under its successor {successor.Code} ({successor.Path})");
        }

        // The pairs of the office names: KV1 = TP Lạng Sơn + Cao Lộc, …; every former Chi cục stood under the old Cục.
        var old = data.Units.Single(u => u.Code == SeedDemoRecords.OldProvincialCode);
        var kv1 = data.Units.Single(u => u.Code == "LSN-KV1");
        Assert.Equal(new[] { "LSN-CC-CAOLOC", "LSN-CC-TPLANGSON" }, data.Units.Where(u => u.ParentId == kv1.Id).Select(u => u.Code).Order());
        Assert.All(data.Successions.Where(s => s.PredecessorId != old.Id), s => Assert.Equal(old.Id, s.FormerParentId));
    }

    public static void Careers(Data data)
    {
        var byId = data.Units.ToDictionary(u => u.Id);
        var byPerson = data.Assignments.ToLookup(a => a.PersonId);
        foreach (var person in data.People)
        {
            var stints = byPerson[person.Id].OrderBy(a => a.From).ToList();
            var open = Assert.Single(stints, a => a.To is null);
            Assert.Equal(person.UnitId, open.UnitId);
            for (var i = 1; i < stints.Count; i++)
            {
                Assert.Equal(stints[i].From, stints[i - 1].To!.Value.AddDays(1));
            }

            if (person.Code.StartsWith("LSN-", StringComparison.Ordinal))
            {
                // Lạng Sơn's careers follow the tree: every stint lies within its unit's life.
                Assert.All(stints, a => Assert.True(byId[a.UnitId].ValidFrom <= a.From && (byId[a.UnitId].ValidTo is null || a.To <= byId[a.UnitId].ValidTo),
                    $"{person.Code} in {byId[a.UnitId].Code} {a.From}–{a.To}"));
                if (person.RecruitedOn < Reorganised)
                {
                    Assert.Equal(Reorganised, open.From);
                }
            }
        }

        // A handful moved between Chi cục in 2023 (history: whatever the clock).
        var movedIn2023 = data.People.Count(p => byPerson[p.Id].Count(a => a.To is not null && byId[a.UnitId].ValidTo is not null) == 2
            && byPerson[p.Id].Any(a => a.From.Year == 2023));
        Assert.InRange(movedIn2023, 3, 8);
    }

    public static void Ratings(Data data)
    {
        var (first, last) = (data.First, data.Last);
        foreach (var person in data.People.Where(p => p.Code.StartsWith("LSN-", StringComparison.Ordinal) && p.RecruitedOn <= EmulationYear.End(last)))
        {
            Assert.True(data.RatingOf(person.Id, last) is not null, $"{person.Code} has no {last} rating");
        }

        // Five years up to the last finished one, plus the one earlier rating of the BKTTG run; nothing for the running year.
        Assert.All(data.Ratings, r => Assert.InRange(r.Year, first - 1, last));
        Assert.Single(data.Ratings, r => r.Year == first - 1);
        Assert.All(data.Years, y => Assert.True(data.Ratings.Count(r => r.Year == y) >= 100, $"few ratings for {y}"));

        var recruited = data.People.ToDictionary(p => p.Id, p => p.RecruitedOn);
        Assert.All(data.Ratings, r => Assert.True(recruited[r.PersonId] <= EmulationYear.End(r.Year), $"rating {r.Year} before recruitment"));
        var window = data.Ratings.Where(r => r.Year >= first && r.Year <= last).ToList();
        double Share(Rating rating) => 100.0 * window.Count(r => r.Rating == rating) / window.Count;
        Assert.InRange(Share(Rating.Htxs), 12, 25);
        Assert.InRange(Share(Rating.Htt), 60, 82);
        Assert.InRange(Share(Rating.Ht), 3, 13);
        Assert.InRange(Share(Rating.Kht), 0.2, 3);

        // Good people stay good: after an HTXS year, HTXS again far more often than the base rate.
        var excellent = window.Where(r => r.Rating == Rating.Htxs && r.Year < last).ToList();
        var again = excellent.Count(r => data.RatingOf(r.PersonId, r.Year + 1) == Rating.Htxs);
        Assert.True(100 * again > 50 * excellent.Count, $"HTXS repeated in {again} of {excellent.Count} cases");
    }

    public static void NguyenVanAn(Data data)
    {
        var last = data.Last;
        var an = data.PersonBy("LSN-0100");
        Assert.Equal("Nguyễn Văn An", an.FullName);
        foreach (var year in new[] { last - 2, last - 1, last })
        {
            Assert.Equal(Rating.Htxs, data.RatingOf(an.Id, year));
            Assert.NotEmpty(data.InitiativesOf(an.Id, year));
        }

        Assert.Contains(data.Initiatives, i => i.Scope == InitiativeScope.Bo && i.Year >= last - 2 && i.Authors.Any(a => a.PersonId == an.Id));
        Assert.True(data.Holds(an.Id, AwardCode.Cstdcs, last - 2) && data.Holds(an.Id, AwardCode.Cstdcs, last - 1), "An lacks CSTDCS for the two years before the assessed one");
        Assert.DoesNotContain(data.Awards, a => a.PersonId == an.Id && (a.Code == AwardCode.Bkbo || a.PeriodTo >= last));
    }

    public static void Disciplines(Data data)
    {
        Assert.InRange(data.Disciplines.Count, 4, 6);
        Assert.Superset(new HashSet<DisciplineLevel> { DisciplineLevel.KhienTrach, DisciplineLevel.CanhCao, DisciplineLevel.HaBacLuong },
            data.Disciplines.Select(d => d.Level).ToHashSet());
        foreach (var discipline in data.Disciplines)
        {
            Assert.InRange(EmulationYear.Of(discipline.DecidedOn), data.First, data.Last);
            Assert.StartsWith("Quyết định số ", discipline.DecisionRef);
            Assert.Contains(discipline.DecidedOn < Reorganised ? "/QĐ-CTHADS " : "/QĐ-THADS ", discipline.DecisionRef);
            Assert.NotNull(discipline.EndsOn);
            Assert.Contains(data.RatingOf(discipline.PersonId, EmulationYear.Of(discipline.DecidedOn)), new Rating?[] { Rating.Ht, Rating.Kht });
            var awarded = data.Awards.Where(a => a.PersonId == discipline.PersonId
                && Enumerable.Range(a.PeriodFrom!.Value, a.PeriodTo!.Value - a.PeriodFrom.Value + 1).Any(y => InEffect(discipline, y))).ToList();
            Assert.True(awarded.Count == 0, $"award {string.Join(", ", awarded.Select(a => CodeOf<AwardCode>.Code(a.Code) + " " + a.PeriodFrom))} in a year of discipline");
        }
    }

    public static void HistoricAwards(Data data)
    {
        var (first, last) = (data.First, data.Last);

        // Besides the historic records, only the app's decisions wrote awards, each linked to its decision line: Giấy
        // khen of the assessed year (SeedDemoDecisions) and the year before's titles that the provincial head decides,
        // carried through the app (SeedDemoPastYear); no title of the assessed year is recorded.
        Assert.All(data.Awards.Where(a => a.Source != AwardSource.HISTORIC), a =>
        {
            Assert.Equal(AwardSource.DECISION, a.Source);
            Assert.NotNull(a.DecisionLineId);
            Assert.True((a.Code == AwardCode.Gk && a.PeriodFrom == last) || (a.PeriodFrom == last - 1 && a.Issuer == "Trưởng Thi hành án dân sự tỉnh Lạng Sơn"),
                $"{CodeOf<AwardCode>.Code(a.Code)} {a.PeriodFrom} by {a.Issuer} written by a decision");
        });
        Assert.DoesNotContain(data.Awards, a => a.PeriodTo >= last && a.Code != AwardCode.Gk);
        data = data with { Awards = data.Awards.Where(a => a.Source == AwardSource.HISTORIC || a.PeriodTo < last).ToList() };
        Assert.DoesNotContain(data.Awards, a => a.PeriodTo >= last);
        Assert.All(data.Awards, a => Assert.True(a.DecisionDate <= data.SeededOn, "an award decided in the future"));

        // Every year before the assessed one has its titles, individual and collective.
        foreach (var year in Enumerable.Range(first, 4))
        {
            Assert.True(data.Awards.Count(a => a.Code == AwardCode.Ldtt && a.PeriodFrom == year) >= 100, $"few LDTT for {year}");
            Assert.Contains(data.Awards, a => a.Code == AwardCode.Cstdcs && a.PeriodFrom == year);
            Assert.Contains(data.Awards, a => a.UnitId is not null && a.PeriodFrom == year);
        }

        foreach (var award in data.Awards.Where(a => a.PersonId is not null && a.Kind == AwardKind.CongTrang))
        {
            var (person, year) = (award.PersonId!.Value, award.PeriodFrom!.Value);
            switch (award.Code)
            {
                case AwardCode.Ldtt:
                    Assert.True(data.RatingOf(person, year) >= Rating.Htt, $"LDTT {year} without HTT");
                    break;
                case AwardCode.Cstdcs:
                    Assert.True(data.Holds(person, AwardCode.Ldtt, year), $"CSTDCS {year} without LDTT");
                    // The regime of the decision date: an initiative (2017) or HTXS or an initiative (2024, 2025).
                    var regime = RegimeCatalog.Default.Resolve(award.DecisionDate);
                    var initiative = data.InitiativesOf(person, year).Any(i => i.Scope >= regime.CstdcsInitiativeScope.Value);
                    var excellent = regime.CstdcsRoute.Value == ThiDua.Core.Awards.Eligibility.CstdcsRoute.ExcellentOrInitiative && data.RatingOf(person, year) == Rating.Htxs;
                    Assert.True(initiative || excellent, $"CSTDCS {year} decided {award.DecisionDate} under regime {regime.Code}");
                    break;
                case AwardCode.Bkbo:
                    Assert.True(Enumerable.Range(year, 2).All(y => data.Holds(person, AwardCode.Cstdcs, y)) || year < first, $"BKBO {year} without CSTDCS");
                    break;
                default:
                    break;
            }

            Assert.True(award.DecisionDate.Year > award.PeriodTo, "an award decided before its period ended");
        }

        // After the reorganisation no decision is signed by the closed Cục or the former Tổng cục.
        Assert.All(data.Awards.Where(a => a.DecisionDate >= Reorganised), a => Assert.True(
            !a.Issuer.Contains("Cục Thi hành án dân sự tỉnh", StringComparison.Ordinal) && !a.Issuer.Contains("Tổng cục", StringComparison.Ordinal)
            && !a.DecisionNumber.EndsWith("QĐ-CTHADS", StringComparison.Ordinal), $"{a.DecisionNumber} of {a.DecisionDate} by {a.Issuer}"));

        // The one BKTTG (Law 06/2022 Art 73), decided in the assessed year for the five before it: an earlier BKBO, then
        // five years HTT or better with CSTDCS three times.
        var bkttg = Assert.Single(data.Awards, a => a.Code == AwardCode.Bkttg);
        Assert.Equal(last - 1, bkttg.PeriodTo);
        Assert.Equal(last, EmulationYear.Of(bkttg.DecisionDate));
        var holder = bkttg.PersonId!.Value;
        Assert.Contains(data.Awards, a => a.PersonId == holder && a.Code == AwardCode.Bkbo && a.PeriodTo < bkttg.PeriodFrom);
        var run = Enumerable.Range(bkttg.PeriodFrom!.Value, 5).ToList();
        Assert.Equal(bkttg.PeriodTo, run[^1]);
        Assert.All(run, y => Assert.True(data.RatingOf(holder, y) >= Rating.Htt, $"BKTTG run year {y}"));
        Assert.True(run.Count(y => data.Holds(holder, AwardCode.Cstdcs, y)) >= 3);
        Assert.InRange(data.Awards.Count(a => a.Code == AwardCode.Bkbo && a.Kind == AwardKind.CongTrang), 3, 8);

        // Collective titles go to the collectives open at the end of their year.
        var units = data.Units.ToDictionary(u => u.Id);
        Assert.All(data.Awards.Where(a => a.UnitId is not null),
            a => Assert.True(units[a.UnitId!.Value].IsActiveOn(EmulationYear.End(a.PeriodFrom!.Value)), "collective award to a closed unit"));
        Assert.Contains(data.Awards, a => a.Code == AwardCode.Ttldtt);
    }

    public static void UnitRatings(Data data)
    {
        // A year's collectives are Lạng Sơn's units open on its 30 September: the old Cục and the 11 Chi cục up to 2024,
        // the new agency and the 8 offices from 2025, whatever the assessed year.
        var units = data.Units.ToDictionary(u => u.Id);
        Assert.All(data.UnitRatings, r => Assert.InRange(r.Year, data.First, data.Last));
        foreach (var year in data.Years)
        {
            var expected = EmulationYear.End(year) < Reorganised
                ? data.Units.Where(u => u.ValidTo is not null).Select(u => u.Code)
                : data.Units.Where(u => u.Code == "LSN" || u.Code.StartsWith("LSN-KV", StringComparison.Ordinal)).Select(u => u.Code);
            Assert.Equal(expected.Order(), data.UnitRatings.Where(r => r.Year == year).Select(r => units[r.UnitId].Code).Order());
        }

        Assert.All(data.UnitRatings, r => Assert.True(IsLangSonCollective(units[r.UnitId]) && units[r.UnitId].IsActiveOn(EmulationYear.End(r.Year))));
    }

    public static void LeavePendingAndInitiatives(Data data)
    {
        var (first, last) = (data.First, data.Last);
        var people = data.People.ToDictionary(p => p.Id);
        Assert.All(data.Leaves, l => Assert.InRange(l.Year, first, last));
        Assert.All(data.Leaves.Where(l => l.Reason == LeaveReason.Maternity), l => Assert.Equal(Gender.F, people[l.PersonId].Gender));
        Assert.Contains(data.Leaves, l => l.Reason == LeaveReason.Other && l.WorkingDays >= 40 && l.Year == last);

        // Open cases opened after the assessed year's end (or today), a closed investigation within the window.
        Assert.Contains(data.Pending, c => c.Kind == PendingKind.Complaint && c.ClosedOn is null);
        Assert.Contains(data.Pending, c => c.Kind == PendingKind.Investigation && c.ClosedOn is not null);
        Assert.Contains(data.Pending, c => c.Kind == PendingKind.Discipline && c.ClosedOn is null);
        Assert.All(data.Pending, c => Assert.True(c.OpenedOn <= data.SeededOn && EmulationYear.Of(c.OpenedOn) >= first, $"case opened {c.OpenedOn}"));
        Assert.All(data.Pending.Where(c => c.ClosedOn is null), c => Assert.True(data.RatingOf(c.PersonId, last) >= Rating.Htt));

        Assert.InRange(data.Initiatives.Count, 20, 30);
        Assert.All(data.Years, y => Assert.InRange(data.Initiatives.Count(i => i.Year == y), 4, 6));
        Assert.All(data.Initiatives, i =>
        {
            Assert.Equal(i.Year, EmulationYear.Of(i.DecisionDate));
            Assert.InRange(i.Authors.Count, 1, 3);
            Assert.Contains(i.Scope == InitiativeScope.Bo ? "Bộ Tư pháp" : "Lạng Sơn", i.RecognisedBy);
            if (i.Scope != InitiativeScope.Bo)
            {
                // The old Cục's council before the reorganisation, the new agency's after.
                Assert.Equal(i.DecisionDate < Reorganised, i.RecognisedBy.Contains("Cục Thi hành án dân sự", StringComparison.Ordinal));
            }
        });
        Assert.True(data.Initiatives.Count(i => i.Scope == InitiativeScope.CoSo) > data.Initiatives.Count / 2);
    }

    public static void Clusters(Data data)
    {
        Assert.Equal(2, data.Clusters.Count);
        var province = data.Clusters.Single(c => c.Kind == ClusterKind.CLUSTER);
        Assert.Equal(data.Units.Single(u => u.Code == "QLTHADS").Id, province.OwnerUnitId);
        var codes = data.Units.ToDictionary(u => u.Id, u => u.Code);
        var byId = data.Units.ToDictionary(u => u.Id);

        // Members for every recorded year and the running one, and no other.
        var years = Enumerable.Range(data.First, 6).ToList();
        Assert.Equal(years, data.Members.Select(m => m.Year).Distinct().Order());
        foreach (var cluster in data.Clusters)
        {
            int? previousHead = null;
            foreach (var year in years)
            {
                var members = data.Members.Where(m => m.ClusterId == cluster.Id && m.Year == year).ToList();
                Assert.True(members.Count >= 3, $"{cluster.Code} {year}");
                var head = Assert.Single(members, m => m.Role == ClusterRole.HEAD);
                Assert.Single(members, m => m.Role == ClusterRole.DEPUTY);
                Assert.Equal(Enumerable.Range(1, members.Count), members.Select(m => m.RotationOrder).Order());
                Assert.NotEqual(previousHead, head.UnitId);
                previousHead = head.UnitId;
                if (cluster != province)
                {
                    // The block holds the district-level units open at the year's end: the Chi cục up to 2024, the offices from 2025.
                    Assert.All(members, m => Assert.True(byId[m.UnitId].IsActiveOn(EmulationYear.End(year)), $"{codes[m.UnitId]} in the block for {year}"));
                    Assert.Equal(EmulationYear.End(year) < Reorganised ? 11 : 8, members.Count);
                }
            }
        }

        Assert.All(years, y => Assert.Equal(new[] { "HNI", "LSN", "NAN" }, data.Members.Where(m => m.ClusterId == province.Id && m.Year == y).Select(m => codes[m.UnitId]).Order()));
    }
}
