using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Organisation.Records;
using Outcome = ThiDua.Core.Awards.Eligibility.Outcome;

namespace ThiDua.Tests.Awards.Candidates;

/// <summary>A random person's database records, the year judged, the target, and the change a property applies.</summary>
public sealed record RecordScenario(PersonSource Source, CandidateYear Year, AwardCode Target, int Pick, DisciplineRecord Discipline, PendingKind Pending, InitiativeScope Scope)
{
    public override string ToString() =>
        $"{Codes.Of(Target)} {Year.Year} asOf {Year.AsOf:yyyy-MM-dd}, pick {Pick}, recruited {Source.RecruitedOn:yyyy-MM-dd}: "
        + string.Join("; ", Source.Ratings.Select(r => $"{r.Year} {Codes.Of(r.Rating)}"))
        + $"; awards {string.Join(",", Source.Awards.Select(a => $"{Codes.Of(a.Code)}/{a.PeriodTo}/{a.DecisionDate:yyyy-MM-dd}"))}"
        + $"; initiatives {string.Join(",", Source.Initiatives.Select(i => $"{i.Year}/{Codes.Of(i.Scope)}"))}"
        + $"; leave {Source.Leave.Count}; discipline {Source.Discipline.Count}";
}

/// <summary>
/// Generators of PersonSource as the candidate lists load it (CandidateRecords): ratings of up to eight emulation
/// years of THADS (1 October – 30 September), the titles those ratings earned as award records decided after each
/// year, initiatives, some leave and discipline, a few forms.
/// </summary>
public static class RecordScenarioArbitrary
{
    private const int PersonId = 42;

    private static readonly AwardCode[] Targets =
    [
        AwardCode.Ldtt, AwardCode.Cstdcs, AwardCode.Cstdbo, AwardCode.Cstdtq,
        AwardCode.Bkbo, AwardCode.Bkttg, AwardCode.Hcld3, AwardCode.Hcld2, AwardCode.Hcld1,
    ];

    public static DateOnly End(int year) => new(year, 9, 30);

    private static Gen<Rating?> RatingGen() => Gen.Frequency(
        (1, Gen.Constant<Rating?>(null)), (1, Gen.Constant<Rating?>(Rating.Kht)), (1, Gen.Constant<Rating?>(Rating.Ht)),
        (5, Gen.Constant<Rating?>(Rating.Htt)), (9, Gen.Constant<Rating?>(Rating.Htxs)));

    /// <summary>One year's records: the rating, the titles it earned (from the award table), initiatives and leave.</summary>
    private sealed record YearRecords(int Year, Rating? Rating, int Level, int Initiatives, InitiativeScope Scope, int Leave, LeaveReason Reason);

    private static Gen<YearRecords> YearGen(int year) =>
        from rating in RatingGen()
        from level in Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)))
        from initiatives in Gen.Frequency((3, Gen.Constant(0)), (3, Gen.Constant(1)), (1, Gen.Constant(2)))
        from scope in Gen.Frequency((6, Gen.Constant(InitiativeScope.CoSo)), (3, Gen.Constant(InitiativeScope.Bo)), (1, Gen.Constant(InitiativeScope.ToanQuoc)))
        from leave in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Choose(1, 60)))
        from reason in Gen.Elements(LeaveReason.Other, LeaveReason.Maternity, LeaveReason.Training)
        select new YearRecords(year, rating, level, initiatives, scope, leave, reason);

    private static Gen<DisciplineRecord> DisciplineGen(int year) =>
        from level in Gen.Elements(Enum.GetValues<DisciplineLevel>())
        from decidedYear in Gen.Choose(year - 6, year)
        from month in Gen.Choose(1, 12)
        from months in Gen.Choose(1, 18)
        select new DisciplineRecord(PersonId, level, new DateOnly(decidedYear, month, 1), new DateOnly(decidedYear, month, 1).AddMonths(months), null);

    private static Gen<AwardRecord> FormGen(int year) =>
        from form in Gen.Elements(AwardCode.Bkbo, AwardCode.Bkttg, AwardCode.Hcld3)
        from decided in Gen.Choose(year - 9, year - 1)
        select new AwardRecord(PersonId, null, form, AwardKind.CongTrang, decided - 2, decided - 1, $"{decided}/QĐ-BK", new DateOnly(decided, 4, 10), "Bộ trưởng", AwardSource.HISTORIC);

    public static Arbitrary<RecordScenario> Scenarios()
    {
        var gen =
            from year in Gen.Elements(2016, 2019, 2024, 2025, 2026)
            from decidedAfter in Gen.Choose(1, 90)
            from target in Gen.Elements(Targets)
            from history in Gen.Choose(0, 7)
            from years in Gen.CollectToList(Enumerable.Range(year - history, history + 1).Select(YearGen))
            from recruitedYear in Gen.Frequency((9, Gen.Choose(year - 12, year - 2)), (1, Gen.Choose(year - 1, year)))
            from forms in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(FormGen(year), n))
            from discipline in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Constant(1))).SelectMany(n => Gen.ListOf(DisciplineGen(year), n))
            from pick in Gen.Choose(0, 1000)
            from extraDiscipline in DisciplineGen(year)
            from pending in Gen.Elements(Enum.GetValues<PendingKind>())
            from scope in Gen.Elements(Enum.GetValues<InitiativeScope>())
            select new RecordScenario(Source(years, new DateOnly(recruitedYear, 3, 1), forms, discipline, year),
                CandidateYear.Of(year, new DateOnly(year - 1, 10, 1), End(year), End(year).AddDays(decidedAfter)), target, pick, extraDiscipline, pending, scope);
        return gen.ToArbitrary();
    }

    private static PersonSource Source(IReadOnlyList<YearRecords> years, DateOnly recruited, IReadOnlyList<AwardRecord> forms, IReadOnlyList<DisciplineRecord> discipline, int assessed)
    {
        var awards = new List<AwardRecord>(forms);
        var initiatives = new List<InitiativeSource>();
        foreach (var y in years)
        {
            // Titles follow the ratings (no LĐTT below HTT) and are decided after their year; none for the assessed year.
            if (y.Year < assessed && y.Rating >= Rating.Htt)
            {
                foreach (var title in new[] { AwardCode.Ldtt, AwardCode.Cstdcs, AwardCode.Cstdbo }.Take(y.Level))
                {
                    awards.Add(new AwardRecord(PersonId, null, title, AwardKind.CongTrang, y.Year, y.Year, $"{y.Year}/QĐ-{Codes.Of(title)}", End(y.Year).AddDays(40), "Cục trưởng", AwardSource.HISTORIC));
                }
            }

            for (var i = 0; i < y.Initiatives; i++)
            {
                initiatives.Add(new InitiativeSource(y.Year * 10 + i, y.Scope, y.Year));
            }
        }

        return new PersonSource
        {
            PersonId = PersonId,
            RecruitedOn = recruited,
            Ratings = years.Where(y => y.Rating is not null).Select(y => new PersonRating(PersonId, y.Year, y.Rating!.Value)).ToList(),
            Leave = years.Where(y => y.Leave > 0).Select(y => new LeaveRecord(PersonId, y.Year, y.Reason, y.Leave)).ToList(),
            Discipline = discipline,
            Initiatives = initiatives,
            Awards = awards,
        };
    }
}

/// <summary>
/// Monotonicity through the records → case mapping (CaseBuilder), not only on hand-built cases: more merit in the
/// database never removes eligibility, more blame never creates it (FsCheck, a few hundred random persons each).
/// </summary>
public sealed class RecordMonotonicityProperties
{
    private static Outcome Judge(RecordScenario s, PersonSource source)
    {
        var result = EligibilityEngine.Evaluate(CaseBuilder.ForPerson(source, s.Target, s.Year));
        Assert.True(result.Outcome != Outcome.Invalid, "The generator made records the mapping turns into an invalid case: " + string.Join("; ", result.Errors.Select(e => e.Field + " " + e.Message)));
        return result.Outcome;
    }

    private static int PickYear(RecordScenario s) => s.Year.Year - s.Pick % 8;

    [Property(Arbitrary = [typeof(RecordScenarioArbitrary)], MaxTest = 400)]
    public bool Raising_a_rating_record_never_turns_eligible_into_not_eligible(RecordScenario s)
    {
        var year = PickYear(s);
        var old = s.Source.Ratings.FirstOrDefault(r => r.Year == year)?.Rating;
        var raised = old switch { null or Rating.Kht => Rating.Ht, Rating.Ht => Rating.Htt, _ => Rating.Htxs };
        var after = s.Source with { Ratings = [.. s.Source.Ratings.Where(r => r.Year != year), new PersonRating(s.Source.PersonId, year, raised)] };
        return Judge(s, s.Source) != Outcome.Eligible || Judge(s, after) == Outcome.Eligible;
    }

    [Property(Arbitrary = [typeof(RecordScenarioArbitrary)], MaxTest = 400)]
    public bool Adding_a_discipline_record_never_turns_not_eligible_into_eligible(RecordScenario s)
    {
        var after = s.Source with { Discipline = [.. s.Source.Discipline, s.Discipline] };
        return Judge(s, after) != Outcome.Eligible || Judge(s, s.Source) == Outcome.Eligible;
    }

    [Property(Arbitrary = [typeof(RecordScenarioArbitrary)], MaxTest = 400)]
    public bool Adding_a_pending_case_open_on_the_decision_date_never_makes_eligible(RecordScenario s)
    {
        var after = s.Source with { Pending = [new PendingCase(s.Source.PersonId, s.Pending, s.Year.Start, null, null)] };
        var verdict = Judge(s, after);
        return verdict != Outcome.Eligible && (verdict == Outcome.Suspended || Judge(s, s.Source) != Outcome.Eligible);
    }

    [Property(Arbitrary = [typeof(RecordScenarioArbitrary)], MaxTest = 400)]
    public bool Adding_an_initiative_never_removes_eligibility(RecordScenario s)
    {
        var after = s.Source with { Initiatives = [.. s.Source.Initiatives, new InitiativeSource(99_999, s.Scope, PickYear(s))] };
        return Judge(s, s.Source) != Outcome.Eligible || Judge(s, after) == Outcome.Eligible;
    }

    [Fact]
    public void The_generator_reaches_eligible_and_not_eligible_for_titles_and_forms()
    {
        var outcomes = RecordScenarioArbitrary.Scenarios().Generator.Sample(2000)
            .Select(s => (Form: AwardCodes.IsForm(s.Target), Outcome: Judge(s, s.Source))).ToList();
        var counts = string.Join(", ", outcomes.GroupBy(o => o).OrderBy(g => g.Key.ToString()).Select(g => $"{g.Key}: {g.Count()}"));
        Assert.True(outcomes.Count(o => !o.Form && o.Outcome == Outcome.Eligible) >= 100, "too few eligible titles, the properties would be weak: " + counts);
        Assert.True(outcomes.Count(o => o.Form && o.Outcome == Outcome.Eligible) >= 10, "too few eligible forms, the properties would be weak: " + counts);
        Assert.True(outcomes.Count(o => o.Outcome == Outcome.NotEligible) >= 300, counts);
    }
}
