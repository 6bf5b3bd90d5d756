using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Tests.Awards.Eligibility;

/// <summary>
/// A regime 2026 from 2026-10-01 added as data only (rules.md §1: a draft made an initiative compulsory again for
/// CSTĐCS): verdicts decided after that date change, earlier ones do not.
/// </summary>
public sealed class Regime2026Tests
{
    private const string Regime2026Json = """
        {
          "code": "2026",
          "inherits": "2025",
          "name": "Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng (dự thảo 2026)",
          "effectiveFrom": "2026-10-01",
          "sources": [ "Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng (dự thảo)" ],
          "cstdcsRoute": { "value": "INITIATIVE_REQUIRED", "checked": false, "citation": "Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng 2026 (dự thảo)" }
        }
        """;

    private static string CstdcsCase(string id, string asOf) => $$"""
        {
          "id": "{{id}}", "asOf": "{{asOf}}", "sector": "general", "year": 2026, "target": "CSTDCS",
          "person": {
            "recruitedOn": "2015-01-05", "isLeader": false, "gender": "F", "registered": [],
            "years": [ { "year": 2026, "rating": "HTXS", "titles": [], "initiatives": [], "leaveWorkingDays": 0, "leaveReason": null } ],
            "awards": [], "discipline": [], "pending": []
          }
        }
        """;

    private static readonly RegimeCatalog With2026 = RegimeCatalog.Default.WithJson(Regime2026Json);

    [Fact]
    public void The_data_only_regime_is_in_the_catalog_and_inherits_2025()
    {
        var regime = With2026.Resolve(new DateOnly(2026, 10, 1));
        Assert.Equal("2026", regime.Code);
        Assert.Equal("2025", regime.Inherits);
        Assert.Equal(CstdcsRoute.InitiativeRequired, regime.CstdcsRoute.Value);
        Assert.False(regime.CstdcsRoute.Checked);
        Assert.Equal(6, regime.LdttMinServiceMonths.Value);
        Assert.Equal(CountingStart.Period, regime.CountingStart.Value);
        Assert.Null(regime.EffectiveTo);
        Assert.Equal("2025", With2026.Resolve(new DateOnly(2026, 9, 30)).Code);
    }

    [Fact]
    public void Verdicts_after_2026_10_01_change_and_earlier_ones_do_not()
    {
        var before = EligibilityBatch.Check(CstdcsCase("before", "2026-09-30"), With2026).Single().Result;
        var after = EligibilityBatch.Check(CstdcsCase("after", "2026-12-15"), With2026).Single().Result;
        var afterDefault = EligibilityBatch.Check(CstdcsCase("after-default", "2026-12-15")).Single().Result;

        Assert.Equal(("2025", Outcome.Eligible), (before.Regime, before.Outcome));
        Assert.Equal(("2026", Outcome.NotEligible), (after.Regime, after.Outcome));
        Assert.True(after.HasUnmet(UnmetCode.Initiative));
        Assert.Contains(after.Unmet, u => u.Citation.Contains("2026", StringComparison.Ordinal));
        Assert.Equal(("2025", Outcome.Eligible), (afterDefault.Regime, afterDefault.Outcome));
    }

    [Fact]
    public void The_same_regime_written_as_records_gives_the_same_verdict()
    {
        var r2025 = BuiltInRegimes.Regime2025();
        var catalog = RegimeCatalog.Default.With(r2025 with
        {
            Code = "2026",
            Name = "Dự thảo 2026",
            EffectiveFrom = new DateOnly(2026, 10, 1),
            Inherits = "2025",
            CstdcsRoute = new Param<CstdcsRoute>(CstdcsRoute.InitiativeRequired, false, "Dự thảo 2026"),
        });
        var @case = Build.Person(AwardCode.Cstdcs, new DateOnly(2027, 1, 10), 2026, [Build.Year(2026, Rating.Htxs)]);
        Assert.Equal(Outcome.NotEligible, EligibilityEngine.Evaluate(@case, catalog).Outcome);
        Assert.Equal(Outcome.Eligible, EligibilityEngine.Evaluate(@case).Outcome);
        Assert.Equal(Outcome.Eligible, EligibilityEngine.Evaluate(@case with { AsOf = new DateOnly(2026, 9, 1) }, catalog).Outcome);
    }

    [Fact]
    public void The_catalog_with_2026_survives_storage()
    {
        var stored = With2026.ToJson();
        var loaded = RegimeCatalog.FromJson(stored);
        Assert.Equal(["2014", "2017", "2024", "2025", "2026"], loaded.Regimes.Select(r => r.Code));
        var result = EligibilityBatch.Check(CstdcsCase("after", "2026-12-15"), loaded).Single().Result;
        Assert.Equal(Outcome.NotEligible, result.Outcome);
    }

    [Fact]
    public void A_case_may_name_the_data_only_regime()
    {
        var json = CstdcsCase("override", "2025-03-01").Replace("\"sector\"", "\"regime\": \"2026\", \"sector\"", StringComparison.Ordinal);
        var result = EligibilityBatch.Check(json, With2026).Single().Result;
        Assert.Equal(("2026", Outcome.NotEligible), (result.Regime, result.Outcome));
    }
}
