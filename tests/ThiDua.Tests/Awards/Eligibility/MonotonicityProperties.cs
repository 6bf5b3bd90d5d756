using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Eligibility.Cases;
using Outcome = ThiDua.Core.Awards.Eligibility.Outcome;

namespace ThiDua.Tests.Awards.Eligibility;

/// <summary>A random person's case and the change a property applies to it.</summary>
public sealed record Scenario(EligibilityCase Case, int Pick, DisciplineRecord Discipline, Initiative Initiative, PendingKind Pending)
{
    public override string ToString() =>
        $"{Codes.Of(Case.Target)} {Case.Year} asOf {Case.AsOf:yyyy-MM-dd} {Case.Sector}, pick {Pick}: "
        + string.Join("; ", Case.Person!.Years.Select(y => $"{y.Year} {VietnameseText.RatingCode(y.Rating)} [{string.Join(",", y.Titles.Select(Codes.Of))}] sk {y.Initiatives.Count}"))
        + $"; awards {string.Join(",", Case.Person.Awards.Select(a => $"{Codes.Of(a.Form)}/{Codes.Of(a.Kind)}/{a.DecisionDate:yyyy}/{a.PeriodTo}"))}"
        + $"; discipline {Case.Person.Discipline.Count}; pending {Case.Person.Pending.Count}";
}

/// <summary>Generators of reasonable persons: up to seven years of history, titles consistent with ratings, a few awards.</summary>
public static class ScenarioArbitrary
{
    private static readonly (DateOnly AsOf, int Year)[] Decisions =
    [
        (new DateOnly(2016, 1, 20), 2015), (new DateOnly(2019, 2, 1), 2018), (new DateOnly(2024, 3, 1), 2023),
        (new DateOnly(2025, 1, 15), 2024), (new DateOnly(2025, 9, 1), 2024),
    ];

    private static readonly AwardCode[] Targets =
    [
        AwardCode.Ldtt, AwardCode.Cstdcs, AwardCode.Cstdbo, AwardCode.Cstdtq,
        AwardCode.Bkbo, AwardCode.Bkttg, AwardCode.Hcld3, AwardCode.Hcld2, AwardCode.Hcld1,
    ];

    private static Gen<Rating?> RatingGen() => Gen.Frequency(
        (1, Gen.Constant<Rating?>(null)), (1, Gen.Constant<Rating?>(Rating.Kht)), (1, Gen.Constant<Rating?>(Rating.Ht)),
        (5, Gen.Constant<Rating?>(Rating.Htt)), (9, Gen.Constant<Rating?>(Rating.Htxs)));

    private static Gen<Initiative> InitiativeGen() =>
        from n in Gen.Choose(1, 999)
        from scope in Gen.Frequency((6, Gen.Constant(InitiativeScope.CoSo)), (3, Gen.Constant(InitiativeScope.Bo)), (1, Gen.Constant(InitiativeScope.ToanQuoc)))
        select new Initiative("SK-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), scope);

    private static Gen<PersonYear> YearGen(int year, bool assessed) =>
        from rating in RatingGen()
        from level in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Constant(1)), (5, Gen.Constant(2)), (1, Gen.Constant(3)))
        from initiatives in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(InitiativeGen(), n))
        from leave in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 60)))
        from reason in Gen.Elements(LeaveReason.Other, LeaveReason.Maternity, LeaveReason.Illness)
        select new PersonYear
        {
            Year = year,
            Rating = rating,
            // History titles follow the ratings: no LDTT below HTT.
            Titles = assessed || rating is null or < Rating.Htt
                ? []
                : new[] { AwardCode.Ldtt, AwardCode.Cstdcs, AwardCode.Cstdbo }.Take(level).ToArray(),
            Initiatives = initiatives,
            LeaveWorkingDays = leave,
            LeaveReason = leave > 0 ? reason : null,
        };

    private static Gen<AwardRecord> AwardGen(int year) =>
        from form in Gen.Elements(AwardCode.Bkbo, AwardCode.Bkttg, AwardCode.Hcld3, AwardCode.Hcld2)
        from kind in Gen.Frequency((4, Gen.Constant(AwardKind.CongTrang)), (1, Gen.Constant(AwardKind.DotXuat)))
        from decided in Gen.Choose(year - 9, year)
        from hasPeriod in Gen.Elements(true, false)
        select new AwardRecord(form, kind, new DateOnly(decided, 4, 10), hasPeriod ? decided - 2 : null, hasPeriod ? decided - 1 : null);

    private static Gen<DisciplineRecord> DisciplineGen(int year) =>
        from level in Gen.Elements(Enum.GetValues<DisciplineLevel>())
        from decidedYear in Gen.Choose(year - 6, year)
        from month in Gen.Choose(1, 12)
        from months in Gen.Choose(1, 18)
        select new DisciplineRecord(level, new DateOnly(decidedYear, month, 1), new DateOnly(decidedYear, month, 1).AddMonths(months));

    public static Arbitrary<Scenario> Scenarios()
    {
        var gen =
            from decision in Gen.Elements(Decisions)
            from target in Gen.Elements(Targets)
            from sector in Gen.Elements(Sector.General, Sector.Justice)
            from history in Gen.Choose(0, 7)
            from years in Gen.CollectToList(Enumerable.Range(0, history + 1).Select(i => YearGen(decision.Year - history + i, i == history)))
            from recruitedYear in Gen.Frequency((9, Gen.Choose(decision.Year - 12, decision.Year - 2)), (1, Gen.Choose(decision.Year - 1, decision.Year)))
            from recruitedMonth in Gen.Choose(1, 12)
            from awards in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(AwardGen(decision.Year), n))
            from discipline in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Constant(1))).SelectMany(n => Gen.ListOf(DisciplineGen(decision.Year), n))
            from registered in Gen.Frequency((3, Gen.Constant<IList<AwardCode>>([AwardCode.Cstdtq])), (1, Gen.SubListOf(new[] { AwardCode.Ldtt, AwardCode.Cstdcs, AwardCode.Cstdbo, AwardCode.Cstdtq }).Select(l => (IList<AwardCode>)l.ToList())))
            from pick in Gen.Choose(0, 1000)
            from extraDiscipline in DisciplineGen(decision.Year)
            from initiative in InitiativeGen()
            from pending in Gen.Elements(Enum.GetValues<PendingKind>())
            select new Scenario(
                new EligibilityCase
                {
                    Id = "property",
                    AsOf = decision.AsOf,
                    Sector = sector,
                    Year = decision.Year,
                    Target = target,
                    Person = new PersonRecord
                    {
                        RecruitedOn = new DateOnly(recruitedYear, recruitedMonth, 1),
                        Registered = registered.ToArray(),
                        Years = years,
                        Awards = awards,
                        Discipline = discipline,
                    },
                },
                pick,
                extraDiscipline,
                initiative with { Id = "SK-NEW" },
                pending);
        return gen.ToArbitrary();
    }
}

/// <summary>
/// Monotonicity of the verdicts: more merit never removes eligibility, more blame never creates it
/// (FsCheck, a few hundred random persons per property).
/// </summary>
public sealed class MonotonicityProperties
{
    private static EligibilityResult Judge(EligibilityCase @case)
    {
        var result = EligibilityEngine.Evaluate(@case);
        Assert.True(result.Outcome != Outcome.Invalid, "The generator made an invalid case: " + string.Join("; ", result.Errors.Select(e => e.Field + " " + e.Message)));
        return result;
    }

    private static EligibilityCase WithYears(EligibilityCase @case, Func<IReadOnlyList<PersonYear>, IReadOnlyList<PersonYear>> change) =>
        @case with { Person = @case.Person! with { Years = change(@case.Person.Years) } };

    private static Rating Raise(Rating? rating) => rating switch
    {
        null or Rating.Kht => Rating.Ht,
        Rating.Ht => Rating.Htt,
        _ => Rating.Htxs,
    };

    [Property(Arbitrary = [typeof(ScenarioArbitrary)], MaxTest = 400)]
    public bool Raising_a_rating_never_turns_eligible_into_not_eligible(Scenario s)
    {
        var before = Judge(s.Case);
        var index = s.Pick % s.Case.Person!.Years.Count;
        var after = Judge(WithYears(s.Case, years => years.Select((y, i) => i == index ? y with { Rating = Raise(y.Rating) } : y).ToArray()));
        return before.Outcome != Outcome.Eligible || after.Outcome == Outcome.Eligible;
    }

    [Property(Arbitrary = [typeof(ScenarioArbitrary)], MaxTest = 400)]
    public bool Adding_an_initiative_never_removes_eligibility(Scenario s)
    {
        var before = Judge(s.Case);
        var index = s.Pick % s.Case.Person!.Years.Count;
        var after = Judge(WithYears(s.Case, years => years.Select((y, i) => i == index ? y with { Initiatives = [.. y.Initiatives, s.Initiative] } : y).ToArray()));
        return before.Outcome != Outcome.Eligible || after.Outcome == Outcome.Eligible;
    }

    [Property(Arbitrary = [typeof(ScenarioArbitrary)], MaxTest = 400)]
    public bool Adding_a_discipline_never_turns_not_eligible_into_eligible(Scenario s)
    {
        var before = Judge(s.Case);
        var after = Judge(s.Case with { Person = s.Case.Person! with { Discipline = [.. s.Case.Person.Discipline, s.Discipline] } });
        return after.Outcome != Outcome.Eligible || before.Outcome == Outcome.Eligible;
    }

    [Property(Arbitrary = [typeof(ScenarioArbitrary)], MaxTest = 400)]
    public bool Adding_a_pending_case_never_makes_eligible_and_keeps_every_code(Scenario s)
    {
        var before = Judge(s.Case);
        var after = Judge(s.Case with { Person = s.Case.Person! with { Pending = [s.Pending] } });
        return after.Outcome == Outcome.Suspended
            && after.HasUnmet(UnmetCode.PendingCase)
            && before.Unmet.All(u => after.Unmet.Contains(u));
    }

    [Property(Arbitrary = [typeof(ScenarioArbitrary)], MaxTest = 400)]
    public bool Unmet_is_empty_exactly_when_eligible(Scenario s)
    {
        var result = Judge(s.Case);
        return (result.Outcome == Outcome.Eligible) == (result.Unmet.Count == 0)
            && result.Trace.Count > 0
            && result.Trace.All(t => t.Citation.Length > 0);
    }

    [Fact]
    public void The_generator_reaches_every_outcome_for_titles_and_forms()
    {
        var sample = ScenarioArbitrary.Scenarios().Generator.Sample(3000);
        var outcomes = sample.Select(s => (Form: AwardCodes.IsForm(s.Case.Target), EligibilityEngine.Evaluate(s.Case).Outcome)).ToList();
        Assert.DoesNotContain(outcomes, o => o.Outcome == Outcome.Invalid);
        var counts = string.Join(", ", outcomes.GroupBy(o => o).OrderBy(g => g.Key.ToString()).Select(g => $"{g.Key}: {g.Count()}"));
        Assert.True(outcomes.Count(o => !o.Form && o.Outcome == Outcome.Eligible) >= 100, "too few eligible titles, the properties would be weak: " + counts);
        Assert.True(outcomes.Count(o => o.Form && o.Outcome == Outcome.Eligible) >= 30, "too few eligible forms, the properties would be weak: " + counts);
        Assert.True(outcomes.Count(o => o.Outcome == Outcome.NotEligible) >= 300);
    }

    [Property(MaxTest = 200)]
    public bool Raising_a_collective_rating_never_removes_eligibility(byte members, byte completed, byte ldtt, byte cstdcs, bool disciplined, bool leads, byte target, byte decision)
    {
        var m = (members % 40) + 1;
        var asOf = decision % 2 == 0 ? new DateOnly(2019, 1, 20) : new DateOnly(2025, 1, 15);
        var code = new[] { AwardCode.Ttldtt, AwardCode.Ttldxs, AwardCode.Ctdbo, AwardCode.Ctdcp }[target % 4];
        EligibilityCase Case(Rating rating) => Build.Collective(code, asOf, asOf.Year - 1, rating, m, completed % (m + 1), ldtt % (m + 1), cstdcs % (m + 1), disciplined ? 1 : 0, leads);
        var ratings = new[] { Rating.Kht, Rating.Ht, Rating.Htt, Rating.Htxs };
        for (var i = 0; i + 1 < ratings.Length; i++)
        {
            if (EligibilityEngine.Evaluate(Case(ratings[i])).Outcome == Outcome.Eligible
                && EligibilityEngine.Evaluate(Case(ratings[i + 1])).Outcome != Outcome.Eligible)
            {
                return false;
            }
        }

        return true;
    }
}
