using System.Text.Json;
using System.Text.Json.Serialization;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Eligibility.Cases;
using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Tests.Awards.Eligibility;

public sealed class RegimeCatalogTests
{
    private static readonly RegimeCatalog Catalog = RegimeCatalog.Default;

    [Theory]
    [InlineData("2014-08-20", "2014")]
    [InlineData("2017-09-30", "2014")]
    [InlineData("2017-10-01", "2017")]
    [InlineData("2023-12-31", "2017")]
    [InlineData("2024-01-01", "2024")]
    [InlineData("2025-06-30", "2024")]
    [InlineData("2025-07-01", "2025")]
    [InlineData("2031-01-01", "2025")]
    public void Resolve_picks_the_regime_in_force_on_the_decision_date(string asOf, string expected) =>
        Assert.Equal(expected, Catalog.Resolve(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)).Code);

    [Fact]
    public void Resolve_refuses_a_decision_before_2014_08_20()
    {
        Assert.False(Catalog.TryResolve(new DateOnly(2014, 8, 19), out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Catalog.Resolve(new DateOnly(2014, 8, 19)));
        Assert.Equal(new DateOnly(2014, 8, 20), Catalog.EarliestDecisionDate);
    }

    [Fact]
    public void Built_in_parameters_follow_rules_md()
    {
        var r = Catalog.Regimes.ToDictionary(x => x.Code);
        Assert.Equal([10, 10, 6, 6], new[] { "2014", "2017", "2024", "2025" }.Select(c => r[c].LdttMinServiceMonths.Value));
        Assert.True(r["2014"].LeaveLimitEnabled.Value);
        Assert.False(r["2017"].LeaveLimitEnabled.Value);
        Assert.Equal(40, r["2014"].LeaveLimitWorkingDays.Value);
        Assert.Equal(CstdcsRoute.InitiativeRequired, r["2017"].CstdcsRoute.Value);
        Assert.Equal(CstdcsRoute.ExcellentOrInitiative, r["2024"].CstdcsRoute.Value);
        Assert.Equal(15, r["2017"].CstdcsQuotaPercent.Value);
        Assert.Null(r["2014"].CstdcsQuotaPercent.Value);
        Assert.Null(r["2025"].CstdcsQuotaPercent.Value);
        Assert.Equal(new ShareThreshold(ShareComparison.MoreThan, 50), r["2017"].TtldttLdttShare.Value);
        Assert.Equal(new ShareThreshold(ShareComparison.AtLeast, 70), r["2024"].TtldttLdttShare.Value);
        Assert.True(r["2017"].TtldxsNoHeavyDiscipline.Value);
        Assert.False(r["2024"].TtldxsNoHeavyDiscipline.Value);
        Assert.Equal(CountingStart.DecisionDate, r["2014"].CountingStart.Value);
        Assert.Equal(CountingStart.Period, r["2025"].CountingStart.Value);
        Assert.Equal(5, r["2017"].PostingDays(Sector.Justice));
        Assert.Equal(10, r["2017"].PostingDays(Sector.General));
        Assert.Equal(10, r["2024"].PostingDays(Sector.Justice));
        Assert.Equal(Rating.Htxs, r["2017"].Bkttg.Routes[0].MinRating);
        Assert.Equal(5, r["2017"].Bkttg.Routes[0].Initiatives);
        Assert.Equal(3, r["2024"].Bkttg.Routes[0].CstdcsCount);
        Assert.Equal(1.0m, r["2017"].AwardMoneyCoefficients["BKBO"].Value);
        Assert.Equal(1.5m, r["2025"].AwardMoneyCoefficients["BKBO"].Value);
        Assert.Equal(9m, r["2025"].AwardMoneyCoefficients["HCLD1"].Value);
        Assert.Equal(4.5m, r["2024"].AwardMoneyCoefficients["CSTDTQ"].Value);
    }

    [Fact]
    public void Checked_flags_mark_values_from_configuration()
    {
        var r = Catalog.Regimes.ToDictionary(x => x.Code);
        Assert.True(r["2014"].DisciplineExcludesLdtt.Checked);
        Assert.False(r["2024"].DisciplineExcludesLdtt.Checked);
        Assert.False(r["2024"].DisciplineBreaksFormRun.Checked);
        Assert.True(r["2024"].LdttMinServiceMonths.Checked);
        Assert.False(r["2024"].Hcld2.Checked);
        Assert.All(Catalog.Regimes, x => Assert.False(string.IsNullOrWhiteSpace(x.CstdcsRoute.Citation)));
    }

    [Fact]
    public void Regime_2025_inherits_2024()
    {
        var r2024 = BuiltInRegimes.Regime2024();
        var r2025 = BuiltInRegimes.Regime2025();
        Assert.Equal("2024", r2025.Inherits);
        Assert.Equal(r2024.LdttMinServiceMonths, r2025.LdttMinServiceMonths);
        Assert.Equal(r2024.TtldttLdttShare, r2025.TtldttLdttShare);
        Assert.Equal(r2024.CountingStart, r2025.CountingStart);
        Assert.Null(r2025.EffectiveTo);
    }

    [Fact]
    public void Catalog_round_trips_through_json()
    {
        var json = Catalog.ToJson();
        var again = RegimeCatalog.FromJson(json);
        Assert.Equal(json, again.ToJson());
        Assert.Equal(15, again.Regimes.Single(r => r.Code == "2017").CstdcsQuotaPercent.Value);
        Assert.Contains("\"INITIATIVE_REQUIRED\"", json, StringComparison.Ordinal);
        Assert.Contains("Điều 23 Luật Thi đua, khen thưởng 2022", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_regime_round_trips_through_json()
    {
        var regime = BuiltInRegimes.Regime2017();
        var back = RegimeJson.Deserialize(RegimeJson.Serialize(regime));
        Assert.Equal(RegimeJson.Serialize(regime), RegimeJson.Serialize(back));
    }

    [Fact]
    public void Bad_regime_documents_are_refused_with_a_reason()
    {
        var json = RegimeJson.Serialize(BuiltInRegimes.Regime2024());
        var missing = json.Replace("\"ldttMinServiceMonths\"", "\"somethingElse\"", StringComparison.Ordinal);
        Assert.Throws<RegimeDataException>(() => RegimeJson.Deserialize(missing));
        Assert.Throws<RegimeDataException>(() => RegimeJson.Deserialize("{ not json"));
        var ex = Assert.Throws<RegimeDataException>(() => RegimeCatalog.Create([BuiltInRegimes.Regime2024(), BuiltInRegimes.Regime2024()]));
        Assert.Contains("xuất hiện nhiều lần", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_months_and_unknown_base_are_refused()
    {
        Assert.Throws<RegimeDataException>(() =>
            Catalog.WithJson("""{ "code": "X", "inherits": "2025", "effectiveFrom": "2027-01-01", "ldttMinServiceMonths": { "value": -1 } }"""));
        Assert.Throws<RegimeDataException>(() =>
            Catalog.WithJson("""{ "code": "X", "inherits": "1999", "effectiveFrom": "2027-01-01" }"""));
        Assert.Throws<RegimeDataException>(() =>
            Catalog.WithJson("""{ "code": "X", "inherits": "2025", "effectiveFrom": "2024-01-01" }"""));
    }

    [Fact]
    public void Council_votes_and_quota_are_computed_in_integers()
    {
        var vote = Catalog.Resolve(new DateOnly(2025, 1, 1)).CouncilVote.Value;
        Assert.Equal(18, vote.RequiredVotes(AwardCode.Cstdbo, 20));
        Assert.Equal(19, vote.RequiredVotes(AwardCode.Cstdtq, 21));
        Assert.Equal(11, vote.RequiredVotes(AwardCode.Ldtt, 20));
        Assert.Equal(14, vote.Quorum(20));
        Assert.Equal(3, Catalog.Resolve(new DateOnly(2019, 1, 1)).CstdcsQuota(20));
        Assert.Null(Catalog.Resolve(new DateOnly(2025, 1, 1)).CstdcsQuota(20));
    }

    [Fact]
    public void Enum_names_in_json_agree_with_the_codes()
    {
        var options = new JsonSerializerOptions { Converters = { new JsonStringEnumConverter() } };
        foreach (var v in Enum.GetValues<AwardCode>())
        {
            Assert.Equal("\"" + Codes.Of(v) + "\"", JsonSerializer.Serialize(v, options));
            Assert.True(Codes.TryParseAward(Codes.Of(v), out var back) && back == v);
        }

        foreach (var v in Enum.GetValues<Rating>())
        {
            Assert.Equal("\"" + Codes.Of(v) + "\"", JsonSerializer.Serialize(v, options));
        }

        foreach (var v in Enum.GetValues<UnmetCode>())
        {
            Assert.Equal("\"" + Codes.Of(v) + "\"", JsonSerializer.Serialize(v, options));
            Assert.True(Codes.TryParseUnmet(Codes.Of(v), out var back) && back == v);
        }

        foreach (var v in Enum.GetValues<InitiativeScope>())
        {
            Assert.Equal("\"" + Codes.Of(v) + "\"", JsonSerializer.Serialize(v, options));
        }
    }
}
