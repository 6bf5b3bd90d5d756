using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Eligibility.Cases;

namespace ThiDua.Tests.Awards.Eligibility;

/// <summary>Small builders for programmatic cases.</summary>
internal static class Build
{
    public static PersonYear Year(int year, Rating? rating, AwardCode[]? titles = null, Initiative[]? initiatives = null, int leave = 0, LeaveReason? reason = null) =>
        new()
        {
            Year = year,
            Rating = rating,
            Titles = titles ?? [],
            Initiatives = initiatives ?? [],
            LeaveWorkingDays = leave,
            LeaveReason = reason,
        };

    public static EligibilityCase Person(
        AwardCode target,
        DateOnly asOf,
        int year,
        IReadOnlyList<PersonYear> years,
        Sector sector = Sector.General,
        DateOnly? recruitedOn = null,
        IReadOnlyList<AwardCode>? registered = null,
        IReadOnlyList<AwardRecord>? awards = null,
        IReadOnlyList<DisciplineRecord>? discipline = null,
        IReadOnlyList<PendingKind>? pending = null,
        string? regime = null) =>
        new()
        {
            Id = "test",
            AsOf = asOf,
            Regime = regime,
            Sector = sector,
            Year = year,
            Target = target,
            Person = new PersonRecord
            {
                RecruitedOn = recruitedOn ?? new DateOnly(2010, 9, 1),
                Registered = registered ?? [],
                Years = years,
                Awards = awards ?? [],
                Discipline = discipline ?? [],
                Pending = pending ?? [],
            },
        };

    public static EligibilityCase Collective(
        AwardCode target,
        DateOnly asOf,
        int year,
        Rating? rating,
        int members,
        int completed,
        int ldtt,
        int cstdcs,
        int disciplined = 0,
        bool leadsCluster = false,
        IReadOnlyList<PendingKind>? pending = null) =>
        new()
        {
            Id = "test",
            AsOf = asOf,
            Year = year,
            Target = target,
            Collective = new CollectiveRecord
            {
                Rating = rating,
                Members = members,
                MembersCompleted = completed,
                MembersLdtt = ldtt,
                MembersCstdcs = cstdcs,
                MembersDisciplinedCanhCaoOrHeavier = disciplined,
                LeadsCluster = leadsCluster,
                Pending = pending ?? [],
            },
        };

    public static TraceEntry Entry(EligibilityResult result, string criterion, bool? met = null) =>
        result.Trace.First(t => t.Criterion == criterion && (met is null || t.Met == met));
}
