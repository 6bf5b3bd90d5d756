using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Organisation.Records;
using Cases = ThiDua.Core.Awards.Eligibility.Cases;

namespace ThiDua.Tests.Awards.Candidates;

/// <summary>The mapping of database records to the engine's case model (CaseBuilder), field by field.</summary>
public sealed class CaseBuilderTests
{
    // Emulation year 2026 of THADS: 01/10/2025 – 30/09/2026, decided on 27/11/2026.
    private static readonly CandidateYear Year2026 = CandidateYear.Of(2026, new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30), new DateOnly(2026, 11, 27));

    private static PersonSource Source(Action<List<AwardRecord>>? awards = null)
    {
        var list = new List<AwardRecord>
        {
            new(7, null, AwardCode.Ldtt, AwardKind.CongTrang, 2024, 2024, "1/QĐ", new DateOnly(2024, 12, 1), "Cục trưởng", AwardSource.HISTORIC),
            new(7, null, AwardCode.Cstdcs, AwardKind.CongTrang, 2025, 2025, "2/QĐ", new DateOnly(2025, 12, 1), "Cục trưởng", AwardSource.HISTORIC),
            new(7, null, AwardCode.Bkbo, AwardKind.CongTrang, 2023, 2024, "3/QĐ-BTP", new DateOnly(2025, 2, 1), "Bộ trưởng", AwardSource.HISTORIC),
        };
        awards?.Invoke(list);
        return new PersonSource
        {
            PersonId = 7,
            RecruitedOn = new DateOnly(2015, 3, 1),
            FirstAssignment = new DateOnly(2016, 1, 1),
            IsLeader = true,
            Gender = ThiDua.Core.Organisation.Gender.F,
            Ratings = [new PersonRating(7, 2023, Rating.Htt), new PersonRating(7, 2025, Rating.Htxs), new PersonRating(7, 2026, Rating.Htxs)],
            Leave = [new LeaveRecord(7, 2026, LeaveReason.Other, 12), new LeaveRecord(7, 2026, LeaveReason.Other, 30), new LeaveRecord(7, 2026, LeaveReason.Maternity, 120), new LeaveRecord(7, 2025, LeaveReason.Illness, 50)],
            Discipline = [new DisciplineRecord(7, DisciplineLevel.KhienTrach, new DateOnly(2026, 4, 10), new DateOnly(2027, 4, 9), null), new DisciplineRecord(7, DisciplineLevel.CanhCao, new DateOnly(2026, 12, 1), null, null)],
            Pending = [new PendingCase(7, PendingKind.Complaint, new DateOnly(2026, 10, 1), null, null), new PendingCase(7, PendingKind.Investigation, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 1), null)],
            Initiatives = [new InitiativeSource(11, InitiativeScope.Bo, 2026), new InitiativeSource(5, InitiativeScope.CoSo, 2025)],
            Awards = list,
        };
    }

    [Fact]
    public void ForPerson_MapsEveryYearFromTheFirstRecordToTheAssessedOne()
    {
        var c = CaseBuilder.ForPerson(Source(), AwardCode.Cstdcs, Year2026);
        Assert.Equal(new DateOnly(2026, 11, 27), c.AsOf);
        Assert.Equal(new DateOnly(2026, 9, 30), c.YearEnd);
        Assert.Equal(Sector.General, c.Sector);
        Assert.Equal(AwardCode.Cstdcs, c.Target);
        var years = c.Person!.Years;
        Assert.Equal([2023, 2024, 2025, 2026], years.Select(y => y.Year));
        Assert.Equal([Rating.Htt, null, Rating.Htxs, Rating.Htxs], years.Select(y => y.Rating));
        Assert.Equal([AwardCode.Ldtt], years[1].Titles);
        Assert.Equal([AwardCode.Cstdcs], years[2].Titles);
        Assert.Empty(years[3].Titles);
        Assert.Equal(new Cases.Initiative("11", InitiativeScope.Bo), Assert.Single(years[3].Initiatives));
        Assert.Equal(new Cases.Initiative("5", InitiativeScope.CoSo), Assert.Single(years[2].Initiatives));
    }

    [Fact]
    public void ForPerson_SumsTheLeaveThatCounts_AndKeepsAnExcusedReasonAlone()
    {
        var years = CaseBuilder.ForPerson(Source(), AwardCode.Ldtt, Year2026).Person!.Years;
        Assert.Equal((42, LeaveReason.Other), (years[3].LeaveWorkingDays, years[3].LeaveReason));
        Assert.Equal((50, LeaveReason.Illness), (years[2].LeaveWorkingDays, years[2].LeaveReason));
        Assert.Equal((0, (LeaveReason?)null), (years[0].LeaveWorkingDays, years[0].LeaveReason));
    }

    [Fact]
    public void ForPerson_MapsFormsDisciplinePendingCasesAndThePerson()
    {
        var person = CaseBuilder.ForPerson(Source(), AwardCode.Bkttg, Year2026).Person!;
        Assert.Equal(new Cases.AwardRecord(AwardCode.Bkbo, AwardKind.CongTrang, new DateOnly(2025, 2, 1), 2023, 2024), Assert.Single(person.Awards));
        // Decided after the decision date: not yet known.
        Assert.Equal(new Cases.DisciplineRecord(DisciplineLevel.KhienTrach, new DateOnly(2026, 4, 10), new DateOnly(2027, 4, 9)), Assert.Single(person.Discipline));
        // Only the case open on the decision date.
        Assert.Equal(PendingKind.Complaint, Assert.Single(person.Pending));
        Assert.Equal(new DateOnly(2015, 3, 1), person.RecruitedOn);
        Assert.True(person.IsLeader);
        Assert.Equal(Gender.Female, person.Gender);
        Assert.Empty(person.Registered);
    }

    [Fact]
    public void ForPerson_ARevokedAward_DoesNotCount()
    {
        var source = Source(list => list[2].Revoke(new DateOnly(2026, 1, 5), "Khai man thành tích"));
        var person = CaseBuilder.ForPerson(source, AwardCode.Bkttg, Year2026).Person!;
        Assert.Empty(person.Awards);
        source = Source(list => list[1].Revoke(new DateOnly(2026, 1, 5), "Khai man thành tích"));
        Assert.Empty(CaseBuilder.ForPerson(source, AwardCode.Bkttg, Year2026).Person!.Years.Single(y => y.Year == 2025).Titles);
    }

    [Fact]
    public void ForPerson_WithoutRecruitmentDate_UsesTheFirstAssignment_ElseTheYearsEnd()
    {
        Assert.Equal(new DateOnly(2016, 1, 1), CaseBuilder.ForPerson(Source() with { RecruitedOn = null }, AwardCode.Ldtt, Year2026).Person!.RecruitedOn);
        var none = CaseBuilder.ForPerson(Source() with { RecruitedOn = null, FirstAssignment = null }, AwardCode.Ldtt, Year2026);
        Assert.Equal(new DateOnly(2026, 9, 30), none.Person!.RecruitedOn);
        Assert.True(EligibilityEngine.Evaluate(none).HasUnmet(UnmetCode.ServiceTooShort));
    }

    [Fact]
    public void ForPerson_IsJudgedByTheEngine_WithEveryUnmetCondition()
    {
        // Khiển trách in the year, a complaint open on the decision date: suspended, and the discipline still reported.
        var result = EligibilityEngine.Evaluate(CaseBuilder.ForPerson(Source(), AwardCode.Ldtt, Year2026));
        Assert.Equal(Outcome.Suspended, result.Outcome);
        Assert.True(result.HasUnmet(UnmetCode.Disciplined));
        Assert.True(result.HasUnmet(UnmetCode.PendingCase));
        var clean = Source() with { Discipline = [], Pending = [] };
        Assert.Equal(Outcome.Eligible, EligibilityEngine.Evaluate(CaseBuilder.ForPerson(clean, AwardCode.Cstdcs, Year2026)).Outcome);
    }

    [Fact]
    public void DecisionDate_IsTodayOrTheDayAfterTheYearsEnd()
    {
        Assert.Equal(new DateOnly(2026, 10, 1), CandidateYear.Of(2026, new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30), new DateOnly(2026, 5, 1)).AsOf);
    }

    [Fact]
    public void ForCollective_MapsRatingsTitlesAndMemberFigures()
    {
        var source = new CollectiveSource
        {
            UnitId = 3,
            Ratings = [new UnitRating(3, 2024, Rating.Htt), new UnitRating(3, 2026, Rating.Htxs)],
            Awards = [new AwardRecord(null, 3, AwardCode.Ttldxs, AwardKind.CongTrang, 2025, 2025, "9/QĐ", new DateOnly(2025, 12, 1), "Bộ trưởng", AwardSource.HISTORIC)],
            Members = 10,
            MembersCompleted = 10,
            MembersLdtt = 8,
            MembersCstdcs = 1,
            MembersDisciplinedCanhCaoOrHeavier = 0,
        };
        var c = CaseBuilder.ForCollective(source, AwardCode.Ttldxs, Year2026).Collective!;
        Assert.Equal(Rating.Htxs, c.Rating);
        Assert.Equal((10, 10, 8, 1, 0), (c.Members, c.MembersCompleted, c.MembersLdtt, c.MembersCstdcs, c.MembersDisciplinedCanhCaoOrHeavier));
        Assert.Equal([2024, 2025], c.Years.Select(y => y.Year));
        Assert.Equal([AwardCode.Ttldxs], c.Years[1].Titles);
        Assert.Equal(Outcome.Eligible, EligibilityEngine.Evaluate(CaseBuilder.ForCollective(source, AwardCode.Ttldxs, Year2026)).Outcome);
    }
}
