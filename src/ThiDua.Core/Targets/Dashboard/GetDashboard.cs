using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ThiDua.Core.Covenants;
using ThiDua.Core.Data;
using ThiDua.Core.Movements;
using ThiDua.Core.Organisation;
using ThiDua.Core.Registrations;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Targets.Dashboard;

/// <summary>The unit's movement of the year and how many of its subordinate units responded.</summary>
public sealed record DashboardLaunch(int? MovementId, string? MovementName, DateOnly? LaunchedOn, int Units, int Responded, decimal? Share, IReadOnlyList<string> NotResponded);

/// <summary>The registration round of the year over the subtree: shares of collectives and of people registered.</summary>
public sealed record DashboardRegistration(bool RoundOpen, DateOnly? Deadline, int Units, int UnitsRegistered, decimal? UnitsShare, int People, int PeopleRegistered, decimal? PeopleShare, int Approved);

/// <summary>A covenant of the year of a cluster or block the unit (or a unit under it) belongs to: members and signatures.</summary>
public sealed record DashboardCovenant(int Id, string ClusterName, string Title, string StatusName, int Members, int SignedCount, decimal? Share);

/// <summary>The unit's own result against its targets, and the units of its subtree falling behind.</summary>
public sealed record DashboardTargets(int AsOfMonth, string AsOfLabel, int ScoreX100, int MaxScoreX100, string Grade, IReadOnlyList<IndicatorProgress> Indicators, int Alerts, IReadOnlyList<AlertRow> TopAlerts);

/// <summary>
/// The dashboard of a unit for an emulation year (default: the current one) (issue 5, item 5): launched (its movement and its subordinate
/// units' responses), registered (registration coverage of the subtree), signed (the covenants of the year of the
/// clusters and blocks the unit or its subordinates belong to) and
/// on target (its score and grade, and the alert list of its subtree). Each part reads its own module's query with the
/// same scope rules; a part the user may not see is left out (null), and another unit's id answers not found.
/// Like the home dashboard (<see cref="Organisation.Queries.DashboardQuery.CacheFor"/>), a board is kept 15 seconds for
/// everyone with the same scopes: the figures move slowly and a province opens its dashboards at the same moment.
/// </summary>
public sealed class GetDashboard(
    AppDbContext db, ICurrentUser actor, EmulationCalendar calendar, MovementQueries movements, RegistrationQueries registrations,
    CovenantQueries covenants, TargetQueries targets, IMemoryCache cache)
{
    public async Task<Result<UnitDashboard>> HandleAsync(int? unitId, int? year = null, CancellationToken ct = default)
    {
        // Everything a part's visibility depends on: the scope of each permission read, and the unit and year asked.
        var key = string.Join("|", "unit-dashboard", unitId?.ToString(System.Globalization.CultureInfo.InvariantCulture), (year ?? calendar.CurrentYear).ToString(System.Globalization.CultureInfo.InvariantCulture),
            string.Join(",", actor.ScopePaths(TargetsPermissions.View)), string.Join(",", actor.ScopePaths(MovementsPermissions.View)),
            string.Join(",", actor.ScopePaths(RegistrationsPermissions.View)), string.Join(",", actor.ScopePaths(CovenantsPermissions.View)));
        if (cache.TryGetValue(key, out UnitDashboard? cached) && cached is not null)
        {
            return Result<UnitDashboard>.Ok(cached);
        }

        var result = await LoadAsync(unitId, year, ct);
        if (result.IsSuccess)
        {
            cache.Set(key, result.Value!, Organisation.Queries.DashboardQuery.CacheFor);
        }

        return result;
    }

    private async Task<Result<UnitDashboard>> LoadAsync(int? unitId, int? year, CancellationToken ct)
    {
        var paths = actor.ScopePaths(TargetsPermissions.View).Concat(actor.ScopePaths(MovementsPermissions.View))
            .Concat(actor.ScopePaths(RegistrationsPermissions.View)).Distinct().ToList();
        var units = db.Units.AsNoTracking().InScope(paths);
        var unit = await (unitId is { } id ? units.Where(u => u.Id == id) : units.OrderBy(u => u.Depth).ThenBy(u => u.Id))
            .Select(u => new { u.Id, u.Code, u.Name, u.Path }).FirstOrDefaultAsync(ct);
        if (unit is null)
        {
            return Result<UnitDashboard>.NotFound();
        }

        var y = year ?? calendar.CurrentYear;
        var launch = actor.CanAccess(MovementsPermissions.View, unit.Path) ? await LaunchAsync(unit.Id, y, ct) : null;
        DashboardRegistration? registration = null;
        if (actor.CanAccess(RegistrationsPermissions.View, unit.Path) && (await registrations.CoverageAsync(unit.Id, y, ct)).Value is { } c)
        {
            registration = new DashboardRegistration(c.Round is not null, c.Round?.Deadline, c.Units, c.UnitsRegistered, c.UnitsShare, c.People, c.PeopleRegistered, c.PeopleShare, c.Approved);
        }

        // The covenants of the clusters and blocks the unit or a unit under it belongs to that year (the user's visible ones).
        var clusters = (await db.ClusterMembers.AsNoTracking().Where(m => m.Year == y && m.Unit.Path.StartsWith(unit.Path)).Select(m => m.ClusterId).Distinct().ToListAsync(ct)).ToHashSet();
        var signed = (await covenants.ListAsync(y, null, ct))
            .Where(v => clusters.Contains(v.ClusterId))
            .Select(v => new DashboardCovenant(v.Id, v.ClusterName, v.Title, v.StatusName, v.Members, v.SignedCount, v.Members == 0 ? null : Math.Round(100m * v.SignedCount / v.Members, 1)))
            .ToList();

        DashboardTargets? onTarget = null;
        if (actor.CanAccess(TargetsPermissions.View, unit.Path) && (await targets.ProgressAsync(unit.Id, y, ct)).Value is { } p
            && (await targets.AlertsAsync(unit.Id, y, ct)).Value is { } alerts)
        {
            onTarget = new DashboardTargets(p.AsOfMonth, p.AsOfLabel, p.Score.ScoreX100, p.Score.MaxScoreX100, p.Score.Grade, p.Indicators,
                alerts.Rows.Select(r => r.UnitId).Distinct().Count(), alerts.Rows.Take(5).ToList());
        }

        return Result<UnitDashboard>.Ok(new UnitDashboard(unit.Id, unit.Code, unit.Name, y, calendar.Start(y), calendar.End(y), launch, registration, signed, onTarget));
    }

    /// <summary>The unit's regular movement of the year (else its latest one) and the responses of its subordinate units.</summary>
    private async Task<DashboardLaunch> LaunchAsync(int unitId, int year, CancellationToken ct)
    {
        var (start, end) = (calendar.Start(year), calendar.End(year));
        var own = await db.Movements.AsNoTracking()
            .Where(m => m.OwnerUnitId == unitId && m.PeriodFrom <= end && m.PeriodTo >= start)
            .OrderBy(m => m.Kind == MovementKind.Regular ? 0 : 1).ThenByDescending(m => m.LaunchedOn)
            .Select(m => new { m.Id, m.Name, m.LaunchedOn }).FirstOrDefaultAsync(ct);
        if (own is null)
        {
            return new DashboardLaunch(null, null, null, 0, 0, null, []);
        }

        var coverage = (await movements.CoverageAsync(own.Id, ct)).Value!;
        return new DashboardLaunch(own.Id, own.Name, own.LaunchedOn, coverage.Units, coverage.Responded, coverage.Share,
            coverage.Rows.Where(r => r.MovementId is null).Select(r => r.UnitName).ToList());
    }
}

public sealed record UnitDashboard(
    int UnitId, string UnitCode, string UnitName, int Year, DateOnly YearStart, DateOnly YearEnd,
    DashboardLaunch? Launch, DashboardRegistration? Registration, IReadOnlyList<DashboardCovenant> Covenants, DashboardTargets? Targets);
