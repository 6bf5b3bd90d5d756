using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Organisation.Clusters;

public sealed record ClusterUnitRef(int UnitId, string UnitName);

/// <summary>A cluster in a list, with its composition in <see cref="Year"/> (the current emulation year, or the latest before it that has one).</summary>
public sealed record ClusterSummary(
    int Id, string Code, string Name, ClusterKind Kind, int OwnerUnitId, string OwnerUnitName, int? Year, ClusterUnitRef? Head, int MemberCount);

/// <summary>A member in one year; <see cref="IsInScope"/> tells whether the viewer may open the unit itself.</summary>
public sealed record ClusterMemberView(
    int UnitId, string UnitCode, string UnitName, ClusterRole Role, int RotationOrder, DateOnly UnitValidFrom, DateOnly? UnitValidTo, bool IsInScope);

/// <summary>Who led the cluster in one year.</summary>
public sealed record ClusterYearLeaders(int Year, ClusterUnitRef? Head, IReadOnlyList<ClusterUnitRef> Deputies, int MemberCount);

public sealed record ClusterDetail(
    int Id,
    string Code,
    string Name,
    ClusterKind Kind,
    int OwnerUnitId,
    string OwnerUnitName,
    int Year,
    int CurrentYear,
    IReadOnlyList<int> Years,
    IReadOnlyList<ClusterMemberView> Members,
    IReadOnlyList<ClusterYearLeaders> History,
    bool CanManage);

/// <summary>
/// Which clusters a user sees and manages. A cluster is visible when its owner unit is in the user's
/// <see cref="OrganisationPermissions.View"/> scope or when any of its members in any year is, so that an officer of
/// a member province sees its own cluster; it is manageable only with <see cref="OrganisationPermissions.Manage"/>
/// on the owner unit.
/// </summary>
internal static class ClusterScope
{
    public static IQueryable<Cluster> Visible(AppDbContext db, ICurrentUser actor)
    {
        var paths = actor.ScopePaths(OrganisationPermissions.View);
        if (paths.Contains("/"))
        {
            return db.Clusters;
        }

        var units = db.Units.InScope(paths).Select(u => u.Id);
        return db.Clusters.Where(c => units.Contains(c.OwnerUnitId) || db.ClusterMembers.Any(m => m.ClusterId == c.Id && units.Contains(m.UnitId)));
    }

    public static async Task<Cluster?> FindManageableAsync(AppDbContext db, ICurrentUser actor, int id, CancellationToken ct)
    {
        var cluster = await db.Clusters.Include(c => c.OwnerUnit).FirstOrDefaultAsync(c => c.Id == id, ct);
        return cluster is not null && actor.CanAccess(OrganisationPermissions.Manage, cluster.OwnerUnit.Path) ? cluster : null;
    }
}

/// <summary>
/// The clusters and blocks the user sees (<see cref="ClusterScope"/>), by kind then Vietnamese name, each with its
/// head and member count in the current emulation year (or, when that year has no composition yet, the latest
/// earlier year that has one, or else the first later one).
/// </summary>
public sealed class ListClusters(AppDbContext db, ICurrentUser actor, EmulationCalendar calendar)
{
    public async Task<IReadOnlyList<ClusterSummary>> HandleAsync(ClusterKind? kind = null, CancellationToken ct = default)
    {
        var query = ClusterScope.Visible(db, actor).AsNoTracking();
        if (kind is ClusterKind k)
        {
            query = query.Where(c => c.Kind == k);
        }

        var clusters = await query.Select(c => new { c.Id, c.Code, c.Name, c.Kind, c.OwnerUnitId, OwnerName = c.OwnerUnit.Name }).ToListAsync(ct);
        var ids = clusters.Select(c => c.Id).ToList();
        var members = await db.ClusterMembers.AsNoTracking().Where(m => ids.Contains(m.ClusterId))
            .Select(m => new { m.ClusterId, m.Year, m.Role, m.UnitId, UnitName = m.Unit.Name })
            .ToListAsync(ct);
        var byCluster = members.ToLookup(m => m.ClusterId);
        var current = calendar.CurrentYear;
        var collator = StringComparer.Create(VietnameseFormat.Culture, false);
        return clusters
            .Select(c =>
            {
                var rows = byCluster[c.Id].ToList();
                var years = rows.Select(r => r.Year).Distinct().ToList();
                int? year = years.Count == 0 ? null : years.Where(y => y <= current).DefaultIfEmpty(years.Min()).Max();
                var shown = rows.Where(r => r.Year == year).ToList();
                var head = shown.FirstOrDefault(r => r.Role == ClusterRole.HEAD);
                return new ClusterSummary(c.Id, c.Code, c.Name, c.Kind, c.OwnerUnitId, c.OwnerName, year,
                    head is null ? null : new ClusterUnitRef(head.UnitId, head.UnitName), shown.Count);
            })
            .OrderBy(c => c.Kind).ThenBy(c => c.Name, collator).ThenBy(c => c.Code, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>
/// One visible cluster: its members in the chosen emulation year (by default the current one) in rotation order,
/// the years that have a composition, and who led it each year. Outside the scope it is not found.
/// </summary>
public sealed class GetCluster(AppDbContext db, ICurrentUser actor, EmulationCalendar calendar)
{
    public async Task<Result<ClusterDetail>> HandleAsync(int id, int? year = null, CancellationToken ct = default)
    {
        var cluster = await ClusterScope.Visible(db, actor).AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.Id, c.Code, c.Name, c.Kind, c.OwnerUnitId, OwnerName = c.OwnerUnit.Name, OwnerPath = c.OwnerUnit.Path })
            .FirstOrDefaultAsync(ct);
        if (cluster is null)
        {
            return Result<ClusterDetail>.NotFound();
        }

        var shownYear = year ?? calendar.CurrentYear;
        if (!ClusterNames.IsValidYear(shownYear))
        {
            return Result<ClusterDetail>.Invalid(new FieldError("Year", ClusterNames.InvalidYear(shownYear)));
        }

        var rows = await db.ClusterMembers.AsNoTracking().Where(m => m.ClusterId == id)
            .Select(m => new { m.Year, m.UnitId, m.Unit.Code, m.Unit.Name, m.Unit.Path, m.Unit.ValidFrom, m.Unit.ValidTo, m.Role, m.RotationOrder })
            .ToListAsync(ct);
        var members = rows.Where(r => r.Year == shownYear).OrderBy(r => r.RotationOrder)
            .Select(r => new ClusterMemberView(r.UnitId, r.Code, r.Name, r.Role, r.RotationOrder, r.ValidFrom, r.ValidTo,
                actor.CanAccess(OrganisationPermissions.View, r.Path)))
            .ToList();
        var history = rows.GroupBy(r => r.Year).OrderBy(g => g.Key)
            .Select(g => new ClusterYearLeaders(
                g.Key,
                g.Where(r => r.Role == ClusterRole.HEAD).Select(r => new ClusterUnitRef(r.UnitId, r.Name)).FirstOrDefault(),
                g.Where(r => r.Role == ClusterRole.DEPUTY).OrderBy(r => r.RotationOrder).Select(r => new ClusterUnitRef(r.UnitId, r.Name)).ToList(),
                g.Count()))
            .ToList();
        return Result<ClusterDetail>.Ok(new ClusterDetail(
            cluster.Id, cluster.Code, cluster.Name, cluster.Kind, cluster.OwnerUnitId, cluster.OwnerName, shownYear, calendar.CurrentYear,
            history.Select(h => h.Year).ToList(), members, history, actor.CanAccess(OrganisationPermissions.Manage, cluster.OwnerPath)));
    }
}
