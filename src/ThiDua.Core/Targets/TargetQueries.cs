using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Targets;

public sealed record IndicatorView(string Code, string Name, string NumeratorLabel, string DenominatorLabel, string Unit, bool HigherIsBetter, bool KeyTarget, int RankingPoints, bool Active);

public sealed record GradeView(string Code, int Order, int MinPoints, bool RequiresKeyTargets);

public sealed record TargetUnit(int Id, string Code, string Name, UnitKind Kind);

/// <summary>One month of an indicator: the cumulative figures and the result in percent (null before any figure).</summary>
public sealed record MonthPoint(int Month, string Label, decimal? Numerator, decimal? Denominator, decimal? Result);

public sealed record IndicatorProgress(IndicatorView Indicator, decimal? Target, IReadOnlyList<MonthPoint> Months, IndicatorScore Score, string Status);

public sealed record UnitProgress(TargetUnit Unit, int Year, int AsOfMonth, string AsOfLabel, UnitScore Score, IReadOnlyList<IndicatorProgress> Indicators, bool CanManage);

public sealed record AlertRow(int UnitId, string UnitCode, string UnitName, string Indicator, string IndicatorName, decimal Target, decimal Expected, decimal? Result, string? Month, decimal Gap, string Message);

public sealed record AlertList(int UnitId, string UnitName, int Year, int AsOfMonth, decimal Threshold, IReadOnlyList<AlertRow> Rows);

public sealed record RankRow(int Rank, int UnitId, string UnitCode, string UnitName, int ScoreX100, int MaxScoreX100, string Grade, IReadOnlyList<IndicatorScore> Indicators, IReadOnlyList<string> Reasons)
{
    public decimal Score => ScoreX100 / 100m;
}

public sealed record Ranking(int UnitId, string UnitName, int Year, int AsOfMonth, UnitKind Level, IReadOnlyList<GradeView> Grades, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<RankRow> Rows);

public sealed record CriterionPoints(int CriterionId, int Order, string Name, int Points, string? Indicator, decimal? Target, decimal? Expected, decimal? Result, int? PointsX100);

public sealed record MovementPoints(int MovementId, string MovementName, int UnitId, string UnitName, int Year, int AsOfMonth, IReadOnlyList<CriterionPoints> Criteria, int ComputedX100, int ComputableMaxX100);

public sealed record TargetGridRow(TargetUnit Unit, IReadOnlyDictionary<string, decimal?> Targets);

public sealed record TargetGrid(TargetUnit Unit, int Year, IReadOnlyList<IndicatorView> Indicators, IReadOnlyList<TargetGridRow> Rows);

/// <summary>
/// Reads of the Targets module, limited to the units on which the user holds <see cref="TargetsPermissions.View"/>
/// (another unit: not found): the progress of one unit, the alert list and the A/B/C/D ranking of the units under one,
/// the computed points of a movement's linked criteria, the targets grid.
/// </summary>
public sealed class TargetQueries(AppDbContext db, ICurrentUser actor, EmulationCalendar calendar, IOptions<TargetOptions> options)
{
    public async Task<IReadOnlyList<IndicatorView>> IndicatorsAsync(CancellationToken ct = default) =>
        (await db.Indicators.AsNoTracking().OrderBy(i => i.Order).ToListAsync(ct)).Select(View).ToList();

    public async Task<IReadOnlyList<GradeView>> GradesAsync(CancellationToken ct = default) =>
        await db.RankingGrades.AsNoTracking().OrderBy(g => g.Order).Select(g => new GradeView(g.Code, g.Order, g.MinPoints, g.RequiresKeyTargets)).ToListAsync(ct);

    /// <summary>The units the user may pick (not departments), in tree order.</summary>
    public async Task<IReadOnlyList<TargetUnit>> UnitsAsync(CancellationToken ct = default) =>
        await db.Units.AsNoTracking().InScope(actor.ScopePaths(TargetsPermissions.View))
            .Where(u => u.Kind != UnitKind.DEPARTMENT && u.ValidTo == null).OrderBy(u => u.Path)
            .Select(u => new TargetUnit(u.Id, u.Code, u.Name, u.Kind)).ToListAsync(ct);

    /// <summary>The months of the year whose figures are due (the months completed): 12 for a finished year.</summary>
    public int AsOf(int year) => Math.Max(0, TargetMonths.Begun(year, calendar.Today, calendar.StartMonth) - (year >= calendar.CurrentYear ? 1 : 0));

    /// <summary>The last month of the year that may hold figures (the current month included).</summary>
    public int Limit(int year) => TargetMonths.Begun(year, calendar.Today, calendar.StartMonth);

    public async Task<Result<UnitProgress>> ProgressAsync(int unitId, int year, CancellationToken ct = default)
    {
        var unit = await FindAsync(unitId, ct);
        if (unit is null)
        {
            return Result<UnitProgress>.NotFound();
        }

        var indicators = await db.Indicators.AsNoTracking().Where(i => i.Active).OrderBy(i => i.Order).ToListAsync(ct);
        var targets = await db.UnitTargets.AsNoTracking().Where(t => t.UnitId == unitId && t.Year == year).ToDictionaryAsync(t => t.IndicatorId, t => t.Percent, ct);
        var actuals = (await db.MonthlyActuals.AsNoTracking().Where(a => a.UnitId == unitId && a.Year == year).ToListAsync(ct)).ToLookup(a => a.IndicatorId);
        var asOf = AsOf(year);
        var defs = indicators.Select(Def).ToList();
        var rows = new List<IndicatorProgress>();
        var scores = new List<IndicatorScore>();
        foreach (var indicator in indicators)
        {
            var byMonth = actuals[indicator.Id].ToDictionary(a => a.Month);
            var months = Enumerable.Range(1, 12).Select(m => byMonth.TryGetValue(m, out var a)
                ? new MonthPoint(m, TargetMonths.Label(year, m, calendar.StartMonth), a.Numerator, a.Denominator, Indicator.Result(a.Numerator, a.Denominator))
                : new MonthPoint(m, TargetMonths.Label(year, m, calendar.StartMonth), null, null, null)).ToList();
            var latest = byMonth.Values.Where(a => a.Month <= Limit(year)).MaxBy(a => a.Month);
            var target = targets.TryGetValue(indicator.Id, out var t) ? t : (decimal?)null;
            var score = TargetScoring.Score(Def(indicator), target, latest is null ? null : Indicator.Result(latest.Numerator, latest.Denominator), latest?.Month, asOf);
            scores.Add(score);
            rows.Add(new IndicatorProgress(View(indicator), target, months, score, Status(score, options.Value, indicator.HigherIsBetter)));
        }

        var grades = await GradeDefsAsync(ct);
        return Result<UnitProgress>.Ok(new UnitProgress(unit, year, asOf, asOf == 0 ? string.Empty : TargetMonths.Label(year, asOf, calendar.StartMonth),
            TargetScoring.Rank(scores, defs, grades), rows, actor.CanAccess(TargetsPermissions.Manage, await PathAsync(unitId, ct))));
    }

    /// <summary>
    /// The units under <paramref name="unitId"/> (and itself) whose cumulative result lies below the pro-rata target by
    /// more than the configured share of it (<see cref="TargetOptions.AlertShortfallPercent"/>), or that have no figure yet.
    /// </summary>
    public async Task<Result<AlertList>> AlertsAsync(int unitId, int year, CancellationToken ct = default)
    {
        var unit = await FindAsync(unitId, ct);
        if (unit is null)
        {
            return Result<AlertList>.NotFound();
        }

        var asOf = AsOf(year);
        var threshold = options.Value.AlertShortfallPercent;
        var path = await PathAsync(unitId, ct);
        var units = await SubtreeAsync(path, null, year, ct);
        var data = await LoadAsync(units.Select(u => u.Id).ToList(), year, Limit(year), ct);
        var rows = new List<AlertRow>();
        foreach (var u in units)
        {
            foreach (var indicator in data.Indicators)
            {
                if (!data.Targets.TryGetValue((u.Id, indicator.Id), out var target))
                {
                    continue;
                }

                var found = data.Latest.TryGetValue((u.Id, indicator.Id), out var latest) && latest.Denominator > 0;
                var result = found ? Indicator.Result(latest.Numerator, latest.Denominator) : null;
                var score = TargetScoring.Score(indicator, target, result, found ? latest.Month : null, asOf);
                if (result is null)
                {
                    if (asOf > 0)
                    {
                        rows.Add(new AlertRow(u.Id, u.Code, u.Name, indicator.Code, indicator.Name, target, score.Expected!.Value, null, null, score.Expected.Value,
                            $"Chưa nhập kết quả thực hiện đến tháng {TargetMonths.Label(year, asOf, calendar.StartMonth)}."));
                    }

                    continue;
                }

                var expected = score.Expected!.Value;
                var gap = indicator.HigherIsBetter ? expected - result.Value : result.Value - expected;
                if (options.Value.IsBehind(result.Value, expected, indicator.HigherIsBetter))
                {
                    var month = TargetMonths.Label(year, latest.Month, calendar.StartMonth);
                    rows.Add(new AlertRow(u.Id, u.Code, u.Name, indicator.Code, indicator.Name, target, expected, result, month, gap,
                        $"Đạt {TargetScoring.Percent(result.Value)} (lũy kế đến tháng {month}), thấp hơn mức cần đạt theo tiến độ {TargetScoring.Percent(expected)} là {gap.ToString("0.##", VietnameseFormat.Culture)} điểm phần trăm, hụt quá {threshold.ToString("0.##", VietnameseFormat.Culture)} % mức cần đạt (ngưỡng cảnh báo)."));
                }
            }
        }

        return Result<AlertList>.Ok(new AlertList(unit.Id, unit.Name, year, asOf, threshold,
            rows.OrderByDescending(r => r.Gap).ThenBy(r => r.UnitCode, StringComparer.Ordinal).ToList()));
    }

    /// <summary>The A/B/C/D ranking (rules.md §6) of the units of <paramref name="level"/> under <paramref name="unitId"/>.</summary>
    public async Task<Result<Ranking>> RankingAsync(int unitId, int year, UnitKind level = UnitKind.REGIONAL, CancellationToken ct = default)
    {
        var unit = await FindAsync(unitId, ct);
        if (unit is null)
        {
            return Result<Ranking>.NotFound();
        }

        var asOf = AsOf(year);
        var path = await PathAsync(unitId, ct);
        var units = await SubtreeAsync(path, level, year, ct);
        var data = await LoadAsync(units.Select(u => u.Id).ToList(), year, Limit(year), ct);
        var grades = await GradeDefsAsync(ct);
        var rows = RankUnits(units, data, grades, asOf);
        var counts = grades.ToDictionary(g => g.Code, g => rows.Count(r => r.Grade == g.Code));
        return Result<Ranking>.Ok(new Ranking(unit.Id, unit.Name, year, asOf, level,
            grades.Select(g => new GradeView(g.Code, g.Order, g.MinPoints, g.RequiresKeyTargets)).ToList(), counts, rows));
    }

    /// <summary>Scores and ranks units in memory (highest score first; ties by code): the hot loop of the ranking.</summary>
    public static List<RankRow> RankUnits(IReadOnlyList<TargetUnit> units, TargetData data, IReadOnlyList<GradeDef> grades, int asOf)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(data);
        var scored = new List<(TargetUnit Unit, UnitScore Score)>(units.Count);
        foreach (var u in units)
        {
            var scores = new List<IndicatorScore>(data.Indicators.Count);
            foreach (var indicator in data.Indicators)
            {
                decimal? target = data.Targets.TryGetValue((u.Id, indicator.Id), out var t) ? t : null;
                var found = data.Latest.TryGetValue((u.Id, indicator.Id), out var latest) && latest.Denominator > 0;
                scores.Add(TargetScoring.Score(indicator, target, found ? Indicator.Result(latest.Numerator, latest.Denominator) : null, found ? latest.Month : null, asOf));
            }

            scored.Add((u, TargetScoring.Rank(scores, data.Indicators, grades)));
        }

        var order = grades.ToDictionary(g => g.Code, g => g.Order);
        return scored.OrderBy(s => order.GetValueOrDefault(s.Score.Grade, int.MaxValue)).ThenByDescending(s => s.Score.ScoreX100).ThenBy(s => s.Unit.Code, StringComparer.Ordinal)
            .Select((s, i) => new RankRow(i + 1, s.Unit.Id, s.Unit.Code, s.Unit.Name, s.Score.ScoreX100, s.Score.MaxScoreX100, s.Score.Grade, s.Score.Indicators, s.Score.Reasons)).ToList();
    }

    /// <summary>The points of a movement's criteria linked to indicators, computed for one unit (result against its target).</summary>
    public async Task<Result<MovementPoints>> PointsAsync(int movementId, int unitId, CancellationToken ct = default)
    {
        var unit = await FindAsync(unitId, ct);
        var movement = await Movements.MovementVisibility.Visible(db.Movements.AsNoTracking(), actor).Include(m => m.Criteria)
            .FirstOrDefaultAsync(m => m.Id == movementId, ct);
        if (unit is null || movement is null)
        {
            return Result<MovementPoints>.NotFound();
        }

        var year = EmulationYear.Of(movement.PeriodTo, calendar.StartMonth);
        var asOf = AsOf(year);
        var ids = movement.Criteria.Select(c => c.Id).ToList();
        var links = await db.CriterionIndicators.AsNoTracking().Where(l => ids.Contains(l.CriterionId)).ToDictionaryAsync(l => l.CriterionId, l => l.IndicatorId, ct);
        var data = await LoadAsync([unitId], year, Limit(year), ct);
        var byId = data.Indicators.ToDictionary(i => i.Id);
        var rows = new List<CriterionPoints>();
        foreach (var c in movement.Criteria.OrderBy(c => c.Order))
        {
            if (!links.TryGetValue(c.Id, out var indicatorId) || !byId.TryGetValue(indicatorId, out var indicator))
            {
                rows.Add(new CriterionPoints(c.Id, c.Order, c.Name, c.Points, null, null, null, null, null));
                continue;
            }

            decimal? target = data.Targets.TryGetValue((unitId, indicatorId), out var t) ? t : null;
            var found = data.Latest.TryGetValue((unitId, indicatorId), out var latest) && latest.Denominator > 0;
            var result = found ? Indicator.Result(latest.Numerator, latest.Denominator) : null;
            var expected = target is { } tt ? TargetScoring.Expected(tt, Math.Max(found ? latest.Month : 0, asOf), indicator.HigherIsBetter) : (decimal?)null;
            rows.Add(new CriterionPoints(c.Id, c.Order, c.Name, c.Points, indicator.Code, target, expected, result,
                TargetScoring.Points(c.Points, result, expected, indicator.HigherIsBetter)));
        }

        return Result<MovementPoints>.Ok(new MovementPoints(movement.Id, movement.Name, unit.Id, unit.Name, year, asOf, rows,
            rows.Sum(r => r.PointsX100 ?? 0), rows.Where(r => r.Indicator is not null).Sum(r => r.Points * 100)));
    }

    /// <summary>The targets of a unit and its direct subordinates (not departments) for the year, one row each.</summary>
    public async Task<Result<TargetGrid>> GridAsync(int unitId, int year, CancellationToken ct = default)
    {
        var unit = await FindAsync(unitId, ct);
        if (unit is null)
        {
            return Result<TargetGrid>.NotFound();
        }

        var units = new List<TargetUnit> { unit };
        units.AddRange(await db.Units.AsNoTracking().Where(u => u.ParentId == unitId && u.Kind != UnitKind.DEPARTMENT && u.ValidTo == null)
            .OrderBy(u => u.Code).Select(u => new TargetUnit(u.Id, u.Code, u.Name, u.Kind)).ToListAsync(ct));
        var ids = units.Select(u => u.Id).ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.Active).OrderBy(i => i.Order).ToListAsync(ct);
        var targets = await db.UnitTargets.AsNoTracking().Where(t => t.Year == year && ids.Contains(t.UnitId)).ToListAsync(ct);
        var rows = units.Select(u => new TargetGridRow(u, indicators.ToDictionary(i => i.Code,
            i => targets.FirstOrDefault(t => t.UnitId == u.Id && t.IndicatorId == i.Id)?.Percent))).ToList();
        return Result<TargetGrid>.Ok(new TargetGrid(unit, year, indicators.Select(View).ToList(), rows));
    }

    /// <summary>Targets and the latest cumulative figures (up to month <paramref name="limit"/>) of the given units.</summary>
    public async Task<TargetData> LoadAsync(List<int> unitIds, int year, int limit, CancellationToken ct)
    {
        var indicators = (await db.Indicators.AsNoTracking().Where(i => i.Active).OrderBy(i => i.Order).ToListAsync(ct)).Select(Def).ToList();
        var targets = (await db.UnitTargets.AsNoTracking().Where(t => t.Year == year && unitIds.Contains(t.UnitId))
            .Select(t => new { t.UnitId, t.IndicatorId, t.Percent }).ToListAsync(ct)).ToDictionary(t => (t.UnitId, t.IndicatorId), t => t.Percent);
        var latest = new Dictionary<(int, int), (int Month, decimal Numerator, decimal Denominator)>();
        // Only each series' latest month (an index seek on UnitId, Year, IndicatorId, Month), not the twelve.
        var rows = await db.MonthlyActuals.AsNoTracking().Where(a => a.Year == year && a.Month <= limit && unitIds.Contains(a.UnitId)
                && a.Month == db.MonthlyActuals.Where(b => b.UnitId == a.UnitId && b.Year == a.Year && b.IndicatorId == a.IndicatorId && b.Month <= limit).Max(b => b.Month))
            .Select(a => new { a.UnitId, a.IndicatorId, a.Month, a.Numerator, a.Denominator }).ToListAsync(ct);
        foreach (var a in rows)
        {
            var key = (a.UnitId, a.IndicatorId);
            if (!latest.TryGetValue(key, out var seen) || seen.Month < a.Month)
            {
                latest[key] = (a.Month, a.Numerator, a.Denominator);
            }
        }

        return new TargetData(indicators, targets, latest);
    }

    public async Task<List<GradeDef>> GradeDefsAsync(CancellationToken ct) =>
        await db.RankingGrades.AsNoTracking().OrderBy(g => g.Order).Select(g => new GradeDef(g.Code, g.Order, g.MinPoints, g.RequiresKeyTargets)).ToListAsync(ct);

    private async Task<TargetUnit?> FindAsync(int unitId, CancellationToken ct) =>
        await db.Units.AsNoTracking().InScope(actor.ScopePaths(TargetsPermissions.View)).Where(u => u.Id == unitId && u.Kind != UnitKind.DEPARTMENT)
            .Select(u => new TargetUnit(u.Id, u.Code, u.Name, u.Kind)).FirstOrDefaultAsync(ct);

    private Task<string> PathAsync(int unitId, CancellationToken ct) => db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync(ct);

    /// <summary>The unit at <paramref name="path"/> and the units below it that exist during the year (of one kind, or any but departments).</summary>
    private async Task<List<TargetUnit>> SubtreeAsync(string path, UnitKind? kind, int year, CancellationToken ct)
    {
        var (start, end) = (calendar.Start(year), calendar.End(year));
        var query = db.Units.AsNoTracking().Where(u => u.Path.StartsWith(path) && u.ValidFrom <= end && (u.ValidTo == null || u.ValidTo >= start));
        query = kind is { } k ? query.Where(u => u.Kind == k) : query.Where(u => u.Kind != UnitKind.DEPARTMENT);
        return await query.OrderBy(u => u.Code).Select(u => new TargetUnit(u.Id, u.Code, u.Name, u.Kind)).ToListAsync(ct);
    }

    private static string Status(IndicatorScore score, TargetOptions options, bool higherIsBetter) =>
        score.Target is null ? "NO_TARGET"
        : score.Result is null ? "NO_DATA"
        : score.Met ? "ON_TRACK"
        : options.IsBehind(score.Result.Value, score.Expected!.Value, higherIsBetter) ? "BEHIND"
        : "SLIGHTLY_BEHIND";

    private static IndicatorDef Def(Indicator i) => new(i.Id, i.Code, i.Name, i.HigherIsBetter, i.KeyTarget, i.RankingPoints);

    private static IndicatorView View(Indicator i) => new(i.Code, i.Name, i.NumeratorLabel, i.DenominatorLabel, Indicator.Unit, i.HigherIsBetter, i.KeyTarget, i.RankingPoints, i.Active);
}

/// <summary>What the scoring of a set of units reads: the indicators, the targets and the latest cumulative figures by (unit, indicator).</summary>
public sealed record TargetData(
    IReadOnlyList<IndicatorDef> Indicators,
    IReadOnlyDictionary<(int UnitId, int IndicatorId), decimal> Targets,
    IReadOnlyDictionary<(int UnitId, int IndicatorId), (int Month, decimal Numerator, decimal Denominator)> Latest);
