using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Targets;

namespace ThiDua.Core.Demo;

/// <summary>
/// Demo targets and monthly cumulative actuals for THADS Lạng Sơn and its eight regional offices: the last finished
/// year complete (twelve months, offices spread over grades A to D so the ranking shows every class) and the current
/// year up to the last completed month, with office 4 (Bắc Sơn) falling behind so the alert list is not empty. The
/// current month is left for the officers to enter. Deterministic; dates never pass today.
/// </summary>
public sealed class SeedDemoTargets(AppDbContext db, EmulationCalendar calendar)
{
    /// <summary>Year targets in percent (rules.md §7: 2024 targets 83.25 % of cases and 46.45 % of money).</summary>
    private static readonly Dictionary<string, decimal> Targets = new(StringComparer.Ordinal)
    {
        [TargetCatalog.Cases] = 84.5m,
        [TargetCatalog.Money] = 52m,
        [TargetCatalog.CarryOver] = 40m,
        [TargetCatalog.OnTime] = 100m,
    };

    /// <summary>Each office's share of its target reached at the end of the year (last year), by office number.</summary>
    private static readonly decimal[] LastYearShare = [1.06m, 1.03m, 0.99m, 0.82m, 1.02m, 0.93m, 0.70m, 1.01m];

    /// <summary>This year, by office number: office 4 far behind, office 7 a little.</summary>
    private static readonly decimal[] ThisYearShare = [1.04m, 1.02m, 1.0m, 0.55m, 1.01m, 0.97m, 0.9m, 1.03m];

    public async Task HandleAsync(CancellationToken ct = default)
    {
        await TargetCatalog.SeedBuiltInsAsync(db, ct);
        var indicators = await db.Indicators.Where(i => i.Active).ToDictionaryAsync(i => i.Code, ct);
        var units = await db.Units.Where(u => u.Code == "LSN" || u.Code.StartsWith("LSN-KV")).ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        var year = calendar.CurrentYear;
        var begun = TargetMonths.Begun(year, calendar.Today, calendar.StartMonth);
        foreach (var (code, unitId) in units)
        {
            var office = code.StartsWith("LSN-KV", StringComparison.Ordinal) ? int.Parse(code[6..], System.Globalization.CultureInfo.InvariantCulture) : 0;
            foreach (var (indicatorCode, target) in Targets)
            {
                var indicator = indicators[indicatorCode];
                var adjusted = indicatorCode == TargetCatalog.OnTime ? target : target - (office % 3 * 0.5m);
                db.UnitTargets.Add(new UnitTarget(unitId, year - 1, indicator.Id, adjusted));
                db.UnitTargets.Add(new UnitTarget(unitId, year, indicator.Id, adjusted));
                var lastShare = office == 0 ? 1.01m : LastYearShare[(office - 1) % LastYearShare.Length];
                var thisShare = office == 0 ? 0.98m : ThisYearShare[(office - 1) % ThisYearShare.Length];
                AddYear(unitId, year - 1, indicator.Id, adjusted, lastShare, 12, office, indicator.Order);
                AddYear(unitId, year, indicator.Id, adjusted, thisShare, Math.Max(0, begun - 1), office, indicator.Order);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Cumulative figures for months 1..<paramref name="months"/>: the result grows with the months toward share × target at month 12.</summary>
    private void AddYear(int unitId, int year, int indicatorId, decimal target, decimal share, int months, int office, int order)
    {
        var size = 400 + (office * 37) + (order * 53);
        var previous = 0m;
        for (var m = 1; m <= months; m++)
        {
            var denominator = size + (m * (10 + office));
            var ratio = Math.Min(1m, target / 100m * share * m / 12m);
            var numerator = Math.Max(previous, Math.Floor(denominator * ratio));
            previous = numerator;
            db.MonthlyActuals.Add(new MonthlyActual(unitId, year, indicatorId, m, numerator, denominator));
        }
    }
}
