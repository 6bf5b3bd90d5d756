using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ThiDua.Core.Audit;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Organisation.Queries;

public sealed record KindCount(UnitKind Kind, int Count);

public sealed record DashboardData(
    int Units,
    IReadOnlyList<KindCount> UnitsByKind,
    int People,
    int Women,
    int Leaders,
    int DirectWorkers,
    IReadOnlyList<UnitSummary> TopUnits,
    IReadOnlyList<AuditEvent> RecentEvents);

/// <summary>
/// The home dashboard for the user's scope: the size of the organisation they oversee, the share of women and of
/// direct workers (the law's priority, rules.md §5), and the latest changes they may see.
/// </summary>
public sealed class DashboardQuery(AppDbContext db, ICurrentUser actor, IMemoryCache cache)
{
    /// <summary>
    /// The figures are the same for everyone with the same scope and move slowly; a few seconds of staleness buys a
    /// dashboard that stays fast when a whole province opens it at 8 a.m. (docs/benchmarks.md).
    /// </summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(15);

    public async Task<DashboardData> HandleAsync(CancellationToken ct = default)
    {
        var key = "dashboard|" + string.Join(",", actor.ScopePaths(OrganisationPermissions.View)) + "|" + string.Join(",", actor.ScopePaths(AuditPermissions.View));
        if (cache.TryGetValue(key, out DashboardData? cached) && cached is not null)
        {
            return cached;
        }

        var data = await LoadAsync(ct);
        cache.Set(key, data, CacheFor);
        return data;
    }

    private async Task<DashboardData> LoadAsync(CancellationToken ct)
    {
        var paths = actor.ScopePaths(OrganisationPermissions.View);
        // Units closed by a reorganisation keep their history under the successor but are not counted as today's.
        var units = db.Units.AsNoTracking().InScope(paths).Where(u => u.ValidTo == null);
        var byKind = await units.GroupBy(u => u.Kind).Select(g => new KindCount(g.Key, g.Count())).ToListAsync(ct);
        var people = db.People.AsNoTracking().InScope(paths);
        var stats = await people.GroupBy(_ => 1).Select(g => new
        {
            Total = g.Count(),
            Women = g.Count(p => p.Gender == Gender.F),
            Leaders = g.Count(p => p.IsLeader),
        }).FirstOrDefaultAsync(ct);
        var top = await units.OrderBy(u => u.Depth).ThenBy(u => u.Kind).ThenBy(u => u.Name).Take(12)
            .Select(u => new UnitSummary(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.Path, u.Depth, u.ValidFrom, u.ValidTo,
                db.People.Count(p => p.Unit.Path.StartsWith(u.Path))))
            .ToListAsync(ct);
        var auditPaths = actor.ScopePaths(AuditPermissions.View);
        var recent = auditPaths.Count == 0
            ? []
            : await db.AuditEvents.AsNoTracking().Where(AuditQueries.InScope(auditPaths)).OrderByDescending(e => e.Sequence).Take(8).ToListAsync(ct);
        var total = stats?.Total ?? 0;
        var leaders = stats?.Leaders ?? 0;
        return new DashboardData(byKind.Sum(k => k.Count), byKind.OrderBy(k => k.Kind).ToList(), total, stats?.Women ?? 0, leaders, total - leaders, top, recent);
    }
}
