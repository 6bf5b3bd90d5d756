using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Demo;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Organisation.Records;
using ThiDua.Core.Shared;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Demo;

/// <summary>The five years of demo records (SeedDemoRecords): consistent with each other, with the tree and with the law's conditions.</summary>
[Collection("app")]
public sealed class DemoRecordsTests(Apps apps)
{
    private static readonly DateOnly Reorganised = new(2025, 7, 1);

    private sealed record Data(
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
        public Person PersonBy(string code) => People.Single(p => p.Code == code);

        public Rating? RatingOf(int personId, int year) => Ratings.SingleOrDefault(r => r.PersonId == personId && r.Year == year)?.Rating;

        public bool Holds(int personId, AwardCode code, int year) =>
            Awards.Any(a => a.PersonId == personId && a.Code == code && a.Kind == AwardKind.CongTrang && a.PeriodFrom <= year && year <= a.PeriodTo);

        public IEnumerable<Initiative> InitiativesOf(int personId, int year) =>
            Initiatives.Where(i => i.Year == year && i.Authors.Any(a => a.PersonId == personId));
    }

    private static Task<Data> LoadAsync(ThiDuaApp app) => app.WithDbAsync(async d => new Data(
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
        await d.Clusters.AsNoTracking().ToListAsync(),
        await d.ClusterMembers.AsNoTracking().ToListAsync()));

    private static bool InEffect(DisciplineRecord d, int year) =>
        d.DecidedOn <= SeedDemoRecords.YearEnd(year) && (d.EndsOn ?? DateOnly.MaxValue) >= SeedDemoRecords.YearStart(year);

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task ExistingUnitIds_StayStable_AndThePredecessorsComeAfterThem(Db db)
    {
        var data = await LoadAsync(apps.Get(db));
        var codes = data.Units.ToDictionary(u => u.Id, u => u.Code);
        Assert.Equal(new[] { "BTP", "QLTHADS", "LSN", "HNI", "NAN" }, Enumerable.Range(1, 5).Select(i => codes[i]));
        var closed = data.Units.Where(u => u.ValidTo is not null).ToList();
        Assert.Equal(12, closed.Count);
        Assert.True(closed.Min(u => u.Id) > data.Units.Where(u => u.ValidTo is null).Max(u => u.Id), "a predecessor was inserted among the existing units");
        Assert.Contains(closed, u => u.Code == SeedDemoRecords.OldProvincialCode && u.Name == "Cục Thi hành án dân sự tỉnh Lạng Sơn");
        Assert.Equal(11, closed.Count(u => u.Name.StartsWith("Chi cục Thi hành án dân sự ", StringComparison.Ordinal)));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task EveryClosedUnit_HasAnActiveSuccessor_AndLiesInItsSubtree(Db db)
    {
        var data = await LoadAsync(apps.Get(db));
        var byId = data.Units.ToDictionary(u => u.Id);
        foreach (var unit in data.Units.Where(u => u.ValidTo is not null))
        {
            var succession = Assert.Single(data.Successions, s => s.PredecessorId == unit.Id);
            var successor = byId[succession.SuccessorId];
            Assert.Null(successor.ValidTo);
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

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task EveryPerson_HasOneOpenAssignment_InTheirCurrentUnit_AndCareersFitTheTree(Db db)
    {
        var data = await LoadAsync(apps.Get(db));
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

        // A handful moved between Chi cục in 2023.
        var movedIn2023 = data.People.Count(p => byPerson[p.Id].Count(a => a.To is not null && byId[a.UnitId].ValidTo is not null) == 2
            && byPerson[p.Id].Any(a => a.From.Year == 2023));
        Assert.InRange(movedIn2023, 3, 8);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Ratings_CoverEveryoneEmployed_PersistFromYearToYear_AndHavePlausibleShares(Db db)
    {
        var data = await LoadAsync(apps.Get(db));
        foreach (var person in data.People.Where(p => p.Code.StartsWith("LSN-", StringComparison.Ordinal) && p.RecruitedOn <= SeedDemoRecords.YearEnd(2025)))
        {
            Assert.True(data.RatingOf(person.Id, 2025) is not null, $"{person.Code} has no 2025 rating");
        }

        var recruited = data.People.ToDictionary(p => p.Id, p => p.RecruitedOn);
        Assert.All(data.Ratings, r => Assert.True(recruited[r.PersonId] <= SeedDemoRecords.YearEnd(r.Year), $"rating {r.Year} before recruitment"));
        var window = data.Ratings.Where(r => r.Year is >= 2021 and <= 2025).ToList();
        double Share(Rating rating) => 100.0 * window.Count(r => r.Rating == rating) / window.Count;
        Assert.InRange(Share(Rating.Htxs), 12, 25);
        Assert.InRange(Share(Rating.Htt), 60, 82);
        Assert.InRange(Share(Rating.Ht), 3, 13);
        Assert.InRange(Share(Rating.Kht), 0.2, 3);

        // Good people stay good: after an HTXS year, HTXS again far more often than the base rate.
        var excellent = window.Where(r => r.Rating == Rating.Htxs && r.Year < 2025).ToList();
        var again = excellent.Count(r => data.RatingOf(r.PersonId, r.Year + 1) == Rating.Htxs);
        Assert.True(100 * again > 50 * excellent.Count, $"HTXS repeated in {again} of {excellent.Count} cases");
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task NguyenVanAn_IsExcellent2023To2025_WithAnInitiativeEachYear_AndNothingAwardedFor2025Yet(Db db)
    {
        var data = await LoadAsync(apps.Get(db));
        var an = data.PersonBy("LSN-0100");
        Assert.Equal("Nguyễn Văn An", an.FullName);
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            Assert.Equal(Rating.Htxs, data.RatingOf(an.Id, year));
            Assert.NotEmpty(data.InitiativesOf(an.Id, year));
        }

        Assert.Contains(data.Initiatives, i => i.Scope == InitiativeScope.Bo && i.Authors.Any(a => a.PersonId == an.Id));
        Assert.True(data.Holds(an.Id, AwardCode.Cstdcs, 2023) && data.Holds(an.Id, AwardCode.Cstdcs, 2024));
        Assert.DoesNotContain(data.Awards, a => a.PersonId == an.Id && (a.Code == AwardCode.Bkbo || a.PeriodTo >= 2025));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task NoAward_GoesToAPersonInAYearTheirDisciplineRan_AndThatYearIsRatedLow(Db db)
    {
        var data = await LoadAsync(apps.Get(db));
        Assert.InRange(data.Disciplines.Count, 4, 6);
        Assert.Superset(new HashSet<DisciplineLevel> { DisciplineLevel.KhienTrach, DisciplineLevel.CanhCao, DisciplineLevel.HaBacLuong },
            data.Disciplines.Select(d => d.Level).ToHashSet());
        foreach (var discipline in data.Disciplines)
        {
            Assert.StartsWith("Quyết định số ", discipline.DecisionRef);
            Assert.NotNull(discipline.EndsOn);
            Assert.Contains(data.RatingOf(discipline.PersonId, SeedDemoRecords.YearOf(discipline.DecidedOn)), new Rating?[] { Rating.Ht, Rating.Kht });
            var awarded = data.Awards.Where(a => a.PersonId == discipline.PersonId
                && Enumerable.Range(a.PeriodFrom!.Value, a.PeriodTo!.Value - a.PeriodFrom.Value + 1).Any(y => InEffect(discipline, y))).ToList();
            Assert.True(awarded.Count == 0, $"award {string.Join(", ", awarded.Select(a => CodeOf<AwardCode>.Code(a.Code) + " " + a.PeriodFrom))} in a year of discipline");
        }
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task HistoricAwards_FollowTheTitlesRules_AndLeaveTheAssessedYearOpen(Db db)
    {
        var data = await LoadAsync(apps.Get(db));
        Assert.All(data.Awards, a => Assert.Equal(AwardSource.HISTORIC, a.Source));
        Assert.DoesNotContain(data.Awards, a => a.PeriodTo >= SeedDemoRecords.LastYear);
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
                    // Regime 2017 (decided before 2024) needs an initiative; regime 2024 HTXS or an initiative.
                    var initiative = data.InitiativesOf(person, year).Any();
                    Assert.True(award.DecisionDate.Year < 2024 ? initiative : initiative || data.RatingOf(person, year) == Rating.Htxs, $"CSTDCS {year}");
                    break;
                case AwardCode.Bkbo:
                    Assert.True(Enumerable.Range(year, 2).All(y => data.Holds(person, AwardCode.Cstdcs, y)) || year < 2021, $"BKBO {year} without CSTDCS");
                    break;
                default:
                    break;
            }

            Assert.True(award.DecisionDate.Year > award.PeriodTo, "an award decided before its period ended");
        }

        // The one BKTTG (Law 06/2022 Art 73): an earlier BKBO, then five years HTT or better with CSTDCS three times.
        var bkttg = Assert.Single(data.Awards, a => a.Code == AwardCode.Bkttg);
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
            a => Assert.True(units[a.UnitId!.Value].IsActiveOn(SeedDemoRecords.YearEnd(a.PeriodFrom!.Value)), $"collective award to a closed unit"));
        Assert.Contains(data.Awards, a => a.Code == AwardCode.Ttldtt);
        Assert.All(data.UnitRatings, r => Assert.True(units[r.UnitId].IsActiveOn(SeedDemoRecords.YearEnd(r.Year))));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task LeavePendingCasesAndInitiatives_AreRealistic(Db db)
    {
        var data = await LoadAsync(apps.Get(db));
        var people = data.People.ToDictionary(p => p.Id);
        Assert.All(data.Leaves.Where(l => l.Reason == LeaveReason.Maternity), l => Assert.Equal(Gender.F, people[l.PersonId].Gender));
        Assert.Contains(data.Leaves, l => l.Reason == LeaveReason.Other && l.WorkingDays >= 40);

        Assert.Contains(data.Pending, c => c.Kind == PendingKind.Complaint && c.ClosedOn is null);
        Assert.Contains(data.Pending, c => c.Kind == PendingKind.Investigation && c.ClosedOn is not null);
        Assert.Contains(data.Pending, c => c.Kind == PendingKind.Discipline && c.ClosedOn is null);

        Assert.InRange(data.Initiatives.Count, 20, 30);
        Assert.All(data.Initiatives, i =>
        {
            Assert.Equal(i.Year, SeedDemoRecords.YearOf(i.DecisionDate));
            Assert.InRange(i.Authors.Count, 1, 3);
            Assert.Contains(i.Scope == InitiativeScope.Bo ? "Bộ Tư pháp" : "Lạng Sơn", i.RecognisedBy);
        });
        Assert.True(data.Initiatives.Count(i => i.Scope == InitiativeScope.CoSo) > data.Initiatives.Count / 2);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Clusters_HaveMembersEveryYear_WithARotatingHeadAndOneDeputy(Db db)
    {
        var data = await LoadAsync(apps.Get(db));
        Assert.Equal(2, data.Clusters.Count);
        var province = data.Clusters.Single(c => c.Kind == ClusterKind.CLUSTER);
        Assert.Equal(data.Units.Single(u => u.Code == "QLTHADS").Id, province.OwnerUnitId);
        foreach (var cluster in data.Clusters)
        {
            int? previousHead = null;
            for (var year = 2022; year <= 2026; year++)
            {
                var members = data.Members.Where(m => m.ClusterId == cluster.Id && m.Year == year).ToList();
                Assert.True(members.Count >= 3, $"{cluster.Code} {year}");
                var head = Assert.Single(members, m => m.Role == ClusterRole.HEAD);
                Assert.Single(members, m => m.Role == ClusterRole.DEPUTY);
                Assert.Equal(Enumerable.Range(1, members.Count), members.Select(m => m.RotationOrder).Order());
                Assert.NotEqual(previousHead, head.UnitId);
                previousHead = head.UnitId;
            }
        }

        var codes = data.Units.ToDictionary(u => u.Id, u => u.Code);
        Assert.Equal(new[] { "HNI", "LSN", "NAN" }, data.Members.Where(m => m.ClusterId == province.Id && m.Year == 2023).Select(m => codes[m.UnitId]).Order());
    }
}
