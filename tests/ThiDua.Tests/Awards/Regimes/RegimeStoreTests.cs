using ThiDua.Core.Awards.Eligibility.Regimes;
using ThiDua.Core.Awards.Regimes;

namespace ThiDua.Tests.Awards.Regimes;

/// <summary>Stored regimes that cannot be built into a catalog stop the verdicts with a Vietnamese message (ADR 0012): no silent fallback.</summary>
public sealed class RegimeStoreTests
{
    private static RegimeRecord Row(RegimeParameters regime) => Row(regime.Code, regime.EffectiveFrom, RegimeJson.Serialize(regime));

    private static RegimeRecord Row(string code, DateOnly from, string json) => new(code, from, json, builtIn: false, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), "kiểm thử");

    [Fact]
    public void The_built_in_rows_build_the_default_catalog()
    {
        var catalog = RegimeStore.Build(BuiltInRegimes.All.Select(Row).ToList());
        Assert.Equal(RegimeCatalog.Default.ToJson(), catalog.ToJson());
    }

    [Fact]
    public void An_empty_table_is_refused_naming_the_command_that_fills_it()
    {
        var ex = Assert.Throws<RegimeStoreException>(() => RegimeStore.Build([]));
        Assert.Contains("thidua db migrate", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_that_cannot_be_read_is_refused_naming_the_regime()
    {
        var broken = Row("2025", new DateOnly(2025, 7, 1), RegimeJson.Serialize(BuiltInRegimes.Regime2025()).Replace("\"HTT\"", "\"GIOI\"", StringComparison.Ordinal));
        var ex = Assert.Throws<RegimeStoreException>(() => RegimeStore.Build([Row(BuiltInRegimes.Regime2024()), broken]));
        Assert.Contains("Chế độ pháp lý '2025'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("không xét điều kiện", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_regimes_starting_on_one_day_are_refused()
    {
        var twin = BuiltInRegimes.Regime2025() with { Code = "2025b" };
        var ex = Assert.Throws<RegimeStoreException>(() => RegimeStore.Build([Row(BuiltInRegimes.Regime2025()), Row(twin)]));
        Assert.Contains("01/07/2025", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_parameter_of_a_regime_has_a_label_and_a_section_and_unchecked_values_are_counted()
    {
        var regime = BuiltInRegimes.Regime2014();
        var json = RegimeJson.ToNode(regime);
        var fields = RegimeFields.Of(regime);
        Assert.All(fields, f => Assert.NotNull(f.NodeIn(json)));
        Assert.All(fields, f => Assert.Contains(f.Section, RegimeFields.Sections));
        Assert.Equal(fields.Count, fields.Select(f => f.Key).Distinct().Count());
        Assert.Contains(fields, f => f.Key == "awardMoneyCoefficients.CSTDTQ");

        // Every Param<T> and form rule of the record appears (27 fixed Param values + 5 form rules + money).
        var properties = typeof(RegimeParameters).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Param<>) || p.PropertyType == typeof(FormRule))
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);
        Assert.All(properties, p => Assert.Contains(fields, f => f.Key == p));
        Assert.Equal(fields.Count(f => f.NodeIn(json)!["checked"]!.GetValue<bool>() == false), RegimeFields.UncheckedCount(regime));
        Assert.Equal("không áp dụng", fields.Single(f => f.Key == "cstdcsQuotaPercent").Show(regime));
        Assert.Equal("khiển trách", fields.Single(f => f.Key == "excludingDisciplineLevel").Show(regime));
    }
}
