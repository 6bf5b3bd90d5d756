using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Movements;

public sealed record MovementSummary(
    int Id,
    string Name,
    MovementKind Kind,
    MovementScope Scope,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    DateOnly LaunchedOn,
    string? LaunchReference,
    int OwnerUnitId,
    string OwnerName,
    int? ParentId,
    string? ParentName,
    int Responses)
{
    public MovementDuration Duration => Movements.Movement.DurationOf(PeriodFrom, PeriodTo);
}

public sealed record MovementCriterionView(int Order, string Name, int Points);

/// <summary>A subordinate unit and its response to a movement (null while it has not launched its own).</summary>
public sealed record CoverageRow(int UnitId, string UnitCode, string UnitName, int? MovementId, string? MovementName, DateOnly? LaunchedOn, int? DaysAfter, bool CanRespond);

public sealed record LaunchCoverage(int MovementId, int Units, int Responded, decimal? Share, IReadOnlyList<CoverageRow> Rows);

public sealed record MovementDetails(
    MovementSummary Movement,
    string? Goals,
    int MaxPoints,
    string? ClusterName,
    int? ClusterId,
    bool CanManage,
    IReadOnlyList<MovementCriterionView> Criteria,
    IReadOnlyList<MovementSummary> Responses,
    LaunchCoverage Coverage);

public sealed record MovementQuery(int? UnitId = null, int? Year = null, MovementKind? Kind = null, string? Q = null, int Page = 1, int Size = 50);

public sealed record MovementPage(int Total, int Page, int Size, IReadOnlyList<MovementSummary> Items);

/// <summary>Movements the user sees (<see cref="MovementVisibility"/>): list with filters, details with the launch coverage.</summary>
public sealed class MovementQueries(AppDbContext db, ICurrentUser actor, EmulationCalendar calendar)
{
    /// <summary>
    /// Whether the user manages the movement (<see cref="MovementDetails.CanManage"/>) without building its details and
    /// launch coverage: for pages that only need to know whether to offer a form.
    /// </summary>
    public async Task<bool> CanManageAsync(int id, CancellationToken ct = default)
    {
        var path = await db.Movements.AsNoTracking().Where(m => m.Id == id).Select(m => m.OwnerUnit.Path).FirstOrDefaultAsync(ct);
        return path is not null && actor.CanAccess(MovementsPermissions.Manage, path);
    }

    public async Task<Result<MovementPage>> ListAsync(MovementQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var movements = db.Movements.AsNoTracking().Visible(actor);
        if (query.UnitId is { } unitId)
        {
            var unit = await db.Units.AsNoTracking().InScope(actor.ScopePaths(MovementsPermissions.View)).Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (unit is null)
            {
                return Result<MovementPage>.NotFound();
            }

            // The unit's own movements, its subordinates' and those of the units above it.
            var above = MovementVisibility.Ancestors([unit]);
            movements = movements.Where(m => m.OwnerUnit.Path.StartsWith(unit) || above.Contains(m.OwnerUnit.Path));
        }

        if (query.Year is { } year)
        {
            var (start, end) = (calendar.Start(year), calendar.End(year));
            movements = movements.Where(m => m.PeriodFrom <= end && m.PeriodTo >= start);
        }

        if (query.Kind is { } kind)
        {
            movements = movements.Where(m => m.Kind == kind);
        }

        var rows = await SummariesAsync(movements, ct);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = SearchText.Fold(query.Q);
            rows = rows.Where(r => SearchText.Fold(r.Name).Contains(q, StringComparison.Ordinal) || SearchText.Fold(r.OwnerName).Contains(q, StringComparison.Ordinal)).ToList();
        }

        var ordered = rows.OrderByDescending(r => r.PeriodFrom).ThenBy(r => r.OwnerUnitId).ThenBy(r => r.Id).ToList();
        var size = Math.Clamp(query.Size, 1, 200);
        var page = Math.Max(1, query.Page);
        return Result<MovementPage>.Ok(new MovementPage(ordered.Count, page, size, ordered.Skip((page - 1) * size).Take(size).ToList()));
    }

    public async Task<Result<MovementDetails>> GetAsync(int id, CancellationToken ct = default)
    {
        var visible = db.Movements.AsNoTracking().Visible(actor);
        var summary = (await SummariesAsync(visible.Where(m => m.Id == id), ct)).FirstOrDefault();
        if (summary is null)
        {
            return Result<MovementDetails>.NotFound();
        }

        var movement = await db.Movements.AsNoTracking().Include(m => m.Criteria).Include(m => m.OwnerUnit).SingleAsync(m => m.Id == id, ct);
        var cluster = movement.ClusterId is { } clusterId ? await db.Clusters.AsNoTracking().Where(c => c.Id == clusterId).Select(c => c.Name).FirstOrDefaultAsync(ct) : null;
        var responses = await SummariesAsync(visible.Where(m => m.ParentId == id), ct);
        var coverage = await CoverageAsync(movement, ct);
        var canManage = actor.CanAccess(MovementsPermissions.Manage, movement.OwnerUnit.Path);
        return Result<MovementDetails>.Ok(new MovementDetails(summary, movement.Goals, movement.MaxPoints, cluster, movement.ClusterId, canManage,
            movement.Criteria.OrderBy(c => c.Order).Select(c => new MovementCriterionView(c.Order, c.Name, c.Points)).ToList(),
            responses.OrderBy(r => r.LaunchedOn).ThenBy(r => r.OwnerName, StringComparer.Create(VietnameseFormat.Culture, false)).ToList(),
            coverage));
    }

    /// <summary>The launch coverage alone (for the API).</summary>
    public async Task<Result<LaunchCoverage>> CoverageAsync(int id, CancellationToken ct = default)
    {
        var movement = await db.Movements.AsNoTracking().Visible(actor).Include(m => m.OwnerUnit).FirstOrDefaultAsync(m => m.Id == id, ct);
        return movement is null ? Result<LaunchCoverage>.NotFound() : Result<LaunchCoverage>.Ok(await CoverageAsync(movement, ct));
    }

    /// <summary>
    /// The owner's direct subordinate units (not its departments) that exist during the movement and that the user
    /// sees, each with the movement it launched in response (the earliest) and how many days after the superior's.
    /// </summary>
    private async Task<LaunchCoverage> CoverageAsync(Movement movement, CancellationToken ct)
    {
        var paths = actor.ScopePaths(MovementsPermissions.View);
        var units = await db.Units.AsNoTracking().InScope(paths)
            .Where(u => u.ParentId == movement.OwnerUnitId && u.Kind != UnitKind.DEPARTMENT
                && u.ValidFrom <= movement.PeriodTo && (u.ValidTo == null || u.ValidTo >= movement.PeriodFrom))
            .Select(u => new { u.Id, u.Code, u.Name, u.Path }).ToListAsync(ct);
        var ids = units.Select(u => u.Id).ToList();
        var responses = (await db.Movements.AsNoTracking().Where(m => m.ParentId == movement.Id && ids.Contains(m.OwnerUnitId))
            .Select(m => new { m.Id, m.Name, m.OwnerUnitId, m.LaunchedOn }).ToListAsync(ct))
            .GroupBy(m => m.OwnerUnitId).ToDictionary(g => g.Key, g => g.OrderBy(m => m.LaunchedOn).ThenBy(m => m.Id).First());
        var names = StringComparer.Create(VietnameseFormat.Culture, false);
        var rows = units.Select(u => responses.TryGetValue(u.Id, out var r)
                ? new CoverageRow(u.Id, u.Code, u.Name, r.Id, r.Name, r.LaunchedOn, r.LaunchedOn.DayNumber - movement.LaunchedOn.DayNumber, false)
                : new CoverageRow(u.Id, u.Code, u.Name, null, null, null, null, actor.CanAccess(MovementsPermissions.Manage, u.Path)))
            .OrderBy(r => r.MovementId is null ? 0 : 1).ThenBy(r => r.UnitCode, StringComparer.Ordinal).ToList();
        var responded = rows.Count(r => r.MovementId is not null);
        return new LaunchCoverage(movement.Id, rows.Count, responded,
            rows.Count == 0 ? null : Math.Round(100m * responded / rows.Count, 1, MidpointRounding.AwayFromZero), rows);
    }

    /// <summary>The movements' summaries; the responses counted are only those the user sees (another province's stay out).</summary>
    private async Task<List<MovementSummary>> SummariesAsync(IQueryable<Movement> movements, CancellationToken ct)
    {
        var rows = await movements.Select(m => new MovementSummary(m.Id, m.Name, m.Kind, m.Scope,
            m.PeriodFrom, m.PeriodTo, m.LaunchedOn, m.LaunchReference, m.OwnerUnitId, m.OwnerUnit.Name, m.ParentId,
            m.ParentId == null ? null : m.Parent!.Name, 0)).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var counts = await db.Movements.AsNoTracking().Visible(actor).Where(r => r.ParentId != null && ids.Contains(r.ParentId.Value))
            .GroupBy(r => r.ParentId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return rows.Select(r => r with { Responses = counts.GetValueOrDefault(r.Id) }).ToList();
    }
}
