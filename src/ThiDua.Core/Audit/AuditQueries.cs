using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Audit;

public sealed record AuditFilter(string? EntityType = null, string? EntityId = null, int? ActorUserId = null, PageRequest Page = default);

/// <summary>
/// The audit trail as a user may read it: events whose unit lies in their scope; events tied to no unit
/// (sign-in failures, system events) only for those whose scope is the whole tree.
/// </summary>
public sealed class AuditQueries(AppDbContext db, ICurrentUser actor)
{
    public static Expression<Func<AuditEvent, bool>> InScope(IReadOnlyList<string> paths) =>
        paths.Contains("/")
            ? e => true
            : ScopeFilter.Build<AuditEvent>(paths, e => e.ScopePath!);

    public async Task<Page<AuditEvent>> HandleAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var paths = actor.ScopePaths(AuditPermissions.View);
        var query = db.AuditEvents.AsNoTracking().Where(InScope(paths));
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(e => e.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            query = query.Where(e => e.EntityId == filter.EntityId);
        }

        if (filter.ActorUserId is int userId)
        {
            query = query.Where(e => e.ActorUserId == userId);
        }

        var page = filter.Page.Number == 0 ? new PageRequest(1, 50) : filter.Page;
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.Sequence).Skip(page.Skip).Take(page.SafeSize).ToListAsync(ct);
        return new Page<AuditEvent>(items, page.SafeNumber, page.SafeSize, total);
    }
}
