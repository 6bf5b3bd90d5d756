using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Targets;

/// <summary>One cell of the targets grid: a unit, an indicator code, the percent (null removes the target).</summary>
public sealed record TargetCellInput(int UnitId, string? Indicator, decimal? Percent);

public sealed record TargetsSaved(int Created, int Updated, int Removed);

/// <summary>
/// Assigns targets for an emulation year (a superior to its subordinates, in one grid): every unit must be one on which
/// the user holds <see cref="TargetsPermissions.Manage"/> (another: not found); percents within 0–100 %; one save, audited.
/// </summary>
public sealed class SetTargets(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<TargetsSaved>> HandleAsync(int year, IReadOnlyList<TargetCellInput> cells, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var unitIds = cells.Select(c => c.UnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        if (unitIds.Any(id => !units.TryGetValue(id, out var u) || !actor.CanAccess(TargetsPermissions.Manage, u.Path)))
        {
            return Result<TargetsSaved>.NotFound();
        }

        var errors = new List<FieldError>();
        if (year is < 2000 or > 2999)
        {
            errors.Add(new FieldError("Year", "Năm thi đua phải trong khoảng 2000–2999."));
        }

        var indicators = await db.Indicators.AsNoTracking().Where(i => i.Active).ToDictionaryAsync(i => i.Code, StringComparer.OrdinalIgnoreCase, ct);
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.Indicator is null || !indicators.TryGetValue(cell.Indicator.Trim(), out var indicator))
            {
                errors.Add(new FieldError($"Cells[{i}].Indicator", $"Dòng {i + 1}: không có chỉ tiêu mã “{cell.Indicator}”; các mã hợp lệ: {string.Join(", ", indicators.Keys)}."));
                continue;
            }

            if (TargetRules.CheckPercent(cell.Percent, indicator.Name, units[cell.UnitId].Name) is { } message)
            {
                errors.Add(new FieldError($"Cells[{i}].Percent", message));
            }
        }

        if (errors.Count > 0)
        {
            return Result<TargetsSaved>.Invalid(errors);
        }

        var existing = await db.UnitTargets.Where(t => t.Year == year && unitIds.Contains(t.UnitId)).ToListAsync(ct);
        int created = 0, updated = 0, removed = 0;
        foreach (var cell in cells)
        {
            var indicatorId = indicators[cell.Indicator!.Trim()].Id;
            var target = existing.FirstOrDefault(t => t.UnitId == cell.UnitId && t.IndicatorId == indicatorId);
            if (cell.Percent is not { } percent)
            {
                if (target is not null)
                {
                    db.UnitTargets.Remove(target);
                    existing.Remove(target);
                    removed++;
                }
            }
            else if (target is null)
            {
                target = new UnitTarget(cell.UnitId, year, indicatorId, percent);
                db.UnitTargets.Add(target);
                existing.Add(target);
                created++;
            }
            else if (target.Percent != percent)
            {
                target.SetPercent(percent);
                updated++;
            }
        }

        await db.SaveChangesAsync(ct);
        return Result<TargetsSaved>.Ok(new TargetsSaved(created, updated, removed));
    }
}

/// <summary>One month's cumulative figures of a unit for an indicator; <see cref="Month"/> as "2026-10" or "10/2026".</summary>
public sealed record ActualInput(int UnitId, string? Month, string? Indicator, decimal? Numerator, decimal? Denominator);

public sealed record ActualsSaved(int Created, int Updated);

/// <summary>
/// Records monthly cumulative actuals (grid, API, file import): all or nothing; each unit one on which the user holds
/// <see cref="TargetsPermissions.Manage"/>; no future month; the numerator within 0 and the denominator; and the
/// cumulative numerator never lower than an earlier month's (rules.md §7: results are counted from the start of the year).
/// </summary>
public sealed class SaveActuals(AppDbContext db, ICurrentUser actor, EmulationCalendar calendar)
{
    public async Task<Result<ActualsSaved>> HandleAsync(IReadOnlyList<ActualInput> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var unitIds = rows.Select(r => r.UnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        if (unitIds.Any(id => !units.TryGetValue(id, out var u) || !actor.CanAccess(TargetsPermissions.Manage, u.Path)))
        {
            return Result<ActualsSaved>.NotFound();
        }

        var (saved, errors) = await SaveAsync(rows, units, ct);
        return errors.Count > 0
            ? Result<ActualsSaved>.Invalid(errors.Select(e => new FieldError($"Rows[{e.Index}].{e.Field}", e.Message)).ToList())
            : Result<ActualsSaved>.Ok(saved!);
    }

    /// <summary>Checks every row, then saves them all (or none); the units are already checked for scope.</summary>
    internal async Task<(ActualsSaved? Saved, List<RowError> Errors)> SaveAsync(IReadOnlyList<ActualInput> rows, IReadOnlyDictionary<int, OrgUnit> units, CancellationToken ct)
    {
        var errors = new List<RowError>();
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.Active).ToListAsync(ct);
        var byCode = indicators.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        var today = calendar.Today;
        var parsed = new List<(int Index, int UnitId, int Year, int IndicatorId, int Month, decimal Numerator, decimal Denominator)>();
        var seen = new Dictionary<(int, int, int, int), int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var unit = units[row.UnitId];
            var ok = true;
            if (unit.Kind == UnitKind.DEPARTMENT)
            {
                errors.Add(new RowError(i, "UnitId", $"{unit.Name} là phòng, ban thuộc đơn vị: kết quả thực hiện chỉ tiêu nhập cho đơn vị."));
                ok = false;
            }

            var month = TargetMonths.Parse(row.Month, calendar.StartMonth);
            if (month is null)
            {
                errors.Add(new RowError(i, "Month", $"Tháng “{row.Month}” không đọc được: hãy ghi theo dạng 10/2026 (hoặc 2026-10)."));
                ok = false;
            }
            else if (TargetMonths.FirstDay(month.Value.Year, month.Value.Month, calendar.StartMonth) > today)
            {
                errors.Add(new RowError(i, "Month", $"Tháng {row.Month} chưa đến: chỉ nhập kết quả của tháng đã bắt đầu."));
                ok = false;
            }

            if (row.Indicator is null || !byCode.TryGetValue(row.Indicator.Trim(), out var indicator))
            {
                errors.Add(new RowError(i, "Indicator", $"Không có chỉ tiêu mã “{row.Indicator}”; các mã hợp lệ: {string.Join(", ", byCode.Keys)}."));
                ok = false;
                indicator = null;
            }

            if (row.Denominator is not { } denominator || denominator <= 0)
            {
                errors.Add(new RowError(i, "Denominator", indicator is null
                    ? "Tổng số (mẫu số) phải lớn hơn 0."
                    : $"“{indicator.DenominatorLabel}” phải lớn hơn 0."));
                ok = false;
            }

            if (row.Numerator is not { } numerator || numerator < 0)
            {
                errors.Add(new RowError(i, "Numerator", indicator is null
                    ? "Kết quả (tử số) phải là số không âm."
                    : $"“{indicator.NumeratorLabel}” phải là số không âm."));
                ok = false;
            }
            else if (row.Denominator is { } d && numerator > d)
            {
                errors.Add(new RowError(i, "Numerator", $"Kết quả ({numerator.ToString("#,0.##", VietnameseFormat.Culture)}) không được lớn hơn tổng số ({d.ToString("#,0.##", VietnameseFormat.Culture)})."));
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            var key = (row.UnitId, month!.Value.Year, indicator!.Id, month.Value.Month);
            if (seen.TryGetValue(key, out var first))
            {
                errors.Add(new RowError(i, "Month", $"Trùng với dòng {first + 1}: {unit.Name}, chỉ tiêu {indicator.Code}, tháng {row.Month} chỉ nhập một lần."));
                continue;
            }

            seen[key] = i;
            parsed.Add((i, row.UnitId, month.Value.Year, indicator.Id, month.Value.Month, row.Numerator!.Value, row.Denominator!.Value));
        }

        var ids = parsed.Select(p => p.UnitId).Distinct().ToList();
        var years = parsed.Select(p => p.Year).Distinct().ToList();
        var stored = await db.MonthlyActuals.Where(a => ids.Contains(a.UnitId) && years.Contains(a.Year)).ToListAsync(ct);
        var names = indicators.ToDictionary(i => i.Id, i => i.Name);
        errors.AddRange(TargetRules.CheckCumulative(
            parsed.Select(p => (p.Index, p.UnitId, p.Year, p.IndicatorId, p.Month, p.Numerator)).ToList(),
            stored.Select(s => (s.UnitId, s.Year, s.IndicatorId, s.Month, s.Numerator)).ToList(),
            id => units[id].Name, id => names[id], calendar.StartMonth));
        if (errors.Count > 0)
        {
            return (null, errors.OrderBy(e => e.Index).ToList());
        }

        var index = stored.ToDictionary(s => (s.UnitId, s.Year, s.IndicatorId, s.Month));
        int created = 0, updated = 0;
        foreach (var p in parsed)
        {
            if (index.TryGetValue((p.UnitId, p.Year, p.IndicatorId, p.Month), out var actual))
            {
                if (actual.Numerator != p.Numerator || actual.Denominator != p.Denominator)
                {
                    actual.Set(p.Numerator, p.Denominator);
                    updated++;
                }
            }
            else
            {
                db.MonthlyActuals.Add(new MonthlyActual(p.UnitId, p.Year, p.IndicatorId, p.Month, p.Numerator, p.Denominator));
                created++;
            }
        }

        await db.SaveChangesAsync(ct);
        return (new ActualsSaved(created, updated), errors);
    }
}

public sealed record CriterionLinkInput(int CriterionId, string? Indicator);

/// <summary>
/// Links a movement's criteria to indicators (the movement's "linked targets"), so that their points are computed from
/// the result against the target; a null indicator removes the link. Needs Movements.Manage on the movement's owner.
/// </summary>
public sealed class LinkCriteria(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<int>> HandleAsync(int movementId, IReadOnlyList<CriterionLinkInput> links, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        var paths = actor.ScopePaths(Movements.MovementsPermissions.Manage);
        var movement = await db.Movements.AsNoTracking().Include(m => m.Criteria)
            .Where(ScopeFilter.Build<Movements.Movement>(paths, m => m.OwnerUnit.Path)).FirstOrDefaultAsync(m => m.Id == movementId, ct);
        if (movement is null)
        {
            return Result<int>.NotFound();
        }

        var indicators = await db.Indicators.AsNoTracking().Where(i => i.Active).ToDictionaryAsync(i => i.Code, StringComparer.OrdinalIgnoreCase, ct);
        var criteria = movement.Criteria.ToDictionary(c => c.Id);
        var errors = new List<FieldError>();
        for (var i = 0; i < links.Count; i++)
        {
            if (!criteria.ContainsKey(links[i].CriterionId))
            {
                errors.Add(new FieldError($"Links[{i}].CriterionId", $"Dòng {i + 1}: tiêu chí {links[i].CriterionId} không thuộc phong trào này."));
            }

            if (links[i].Indicator is { } code && !indicators.ContainsKey(code.Trim()))
            {
                errors.Add(new FieldError($"Links[{i}].Indicator", $"Dòng {i + 1}: không có chỉ tiêu mã “{code}”; các mã hợp lệ: {string.Join(", ", indicators.Keys)}."));
            }
        }

        if (errors.Count > 0)
        {
            return Result<int>.Invalid(errors);
        }

        var ids = links.Select(l => l.CriterionId).ToList();
        var existing = await db.CriterionIndicators.Where(c => ids.Contains(c.CriterionId)).ToDictionaryAsync(c => c.CriterionId, ct);
        foreach (var link in links)
        {
            existing.TryGetValue(link.CriterionId, out var current);
            if (link.Indicator is null)
            {
                if (current is not null)
                {
                    db.CriterionIndicators.Remove(current);
                }
            }
            else if (current is null)
            {
                db.CriterionIndicators.Add(new CriterionIndicator(link.CriterionId, indicators[link.Indicator.Trim()].Id));
            }
            else
            {
                current.Relink(indicators[link.Indicator.Trim()].Id);
            }
        }

        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(movementId);
    }
}

public sealed record GradeInput(string Code, int MinPoints, bool RequiresKeyTargets);

public sealed record IndicatorInput(string? Name, string? NumeratorLabel, string? DenominatorLabel, bool HigherIsBetter, bool KeyTarget, int RankingPoints, bool Active);

/// <summary>
/// Changes the national catalog (indicators and the A/B/C/D thresholds): only with <see cref="TargetsPermissions.Configure"/>
/// at the root (a province's administrator: not found); audited. Thresholds must keep A ≥ B ≥ C ≥ D within the scale.
/// </summary>
public sealed class ConfigureTargets(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<int>> SetGradesAsync(IReadOnlyList<GradeInput> grades, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(grades);
        if (!actor.HasAtRoot(TargetsPermissions.Configure))
        {
            return Result<int>.NotFound();
        }

        var stored = await db.RankingGrades.OrderBy(g => g.Order).ToListAsync(ct);
        var scale = await db.Indicators.Where(i => i.Active).SumAsync(i => i.RankingPoints, ct);
        var errors = new List<FieldError>();
        var values = stored.ToDictionary(g => g.Code, g => (g.MinPoints, g.RequiresKeyTargets), StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < grades.Count; i++)
        {
            if (!values.ContainsKey(grades[i].Code ?? string.Empty))
            {
                errors.Add(new FieldError($"Grades[{i}].Code", $"Không có loại “{grades[i].Code}”; các loại: {string.Join(", ", stored.Select(g => g.Code))}."));
            }
            else if (grades[i].MinPoints < 0 || grades[i].MinPoints > scale)
            {
                errors.Add(new FieldError($"Grades[{i}].MinPoints", $"Ngưỡng điểm của loại {grades[i].Code} phải từ 0 đến {scale} (tổng điểm xếp loại)."));
            }
            else
            {
                values[grades[i].Code] = (grades[i].MinPoints, grades[i].RequiresKeyTargets);
            }
        }

        for (var k = 1; k < stored.Count && errors.Count == 0; k++)
        {
            if (values[stored[k].Code].MinPoints > values[stored[k - 1].Code].MinPoints)
            {
                errors.Add(new FieldError("Grades", $"Ngưỡng loại {stored[k].Code} ({values[stored[k].Code].MinPoints}) không được cao hơn ngưỡng loại {stored[k - 1].Code} ({values[stored[k - 1].Code].MinPoints})."));
            }
        }

        if (errors.Count > 0)
        {
            return Result<int>.Invalid(errors);
        }

        foreach (var grade in stored)
        {
            grade.Change(values[grade.Code].MinPoints, values[grade.Code].RequiresKeyTargets);
        }

        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(stored.Count);
    }

    public async Task<Result<int>> SetIndicatorAsync(string code, IndicatorInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!actor.HasAtRoot(TargetsPermissions.Configure))
        {
            return Result<int>.NotFound();
        }

        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Code == code, ct);
        if (indicator is null)
        {
            return Result<int>.NotFound();
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 300)
        {
            errors.Add(new FieldError("Name", "Vui lòng nhập tên chỉ tiêu (tối đa 300 ký tự)."));
        }

        if (string.IsNullOrWhiteSpace(input.NumeratorLabel) || input.NumeratorLabel.Trim().Length > 200)
        {
            errors.Add(new FieldError("NumeratorLabel", "Vui lòng nhập tên tử số (tối đa 200 ký tự), ví dụ “Số việc giải quyết xong”."));
        }

        if (string.IsNullOrWhiteSpace(input.DenominatorLabel) || input.DenominatorLabel.Trim().Length > 200)
        {
            errors.Add(new FieldError("DenominatorLabel", "Vui lòng nhập tên mẫu số (tối đa 200 ký tự), ví dụ “Số việc có điều kiện thi hành”."));
        }

        if (input.RankingPoints is < 0 or > 1000)
        {
            errors.Add(new FieldError("RankingPoints", "Điểm xếp loại của chỉ tiêu phải từ 0 đến 1.000."));
        }

        if (errors.Count > 0)
        {
            return Result<int>.Invalid(errors);
        }

        indicator.Change(input.Name!, input.NumeratorLabel!, input.DenominatorLabel!, input.HigherIsBetter, input.KeyTarget, input.RankingPoints, input.Active);
        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(indicator.Id);
    }
}
