using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Identity.Accounts;

/// <summary>
/// Which accounts a user may see and manage: an account is visible when one of its grants or its person lies in
/// the viewer's scope, and manageable only when all of its grants do (so a province's administrator cannot
/// disable a national one who also holds a role in the province).
/// </summary>
internal static class AccountScope
{
    public static IQueryable<AppUser> Visible(AppDbContext db, ICurrentUser actor, Permission permission)
    {
        var paths = actor.ScopePaths(permission);
        if (paths.Contains("/"))
        {
            return db.Users;
        }

        var units = db.Units.InScope(paths).Select(u => u.Id);
        return db.Users.Where(u => u.Grants.Any(g => units.Contains(g.UnitId)) || (u.Person != null && units.Contains(u.Person.UnitId)));
    }

    public static async Task<AppUser?> FindManageableAsync(AppDbContext db, ICurrentUser actor, int userId, CancellationToken ct)
    {
        var user = await db.Users.Include(u => u.Grants).ThenInclude(g => g.Unit).Include(u => u.Person).ThenInclude(p => p!.Unit)
            .FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return null;
        }

        var paths = user.Grants.Select(g => g.Unit.Path).ToList();
        if (user.Person is not null)
        {
            paths.Add(user.Person.Unit.Path);
        }

        return actor.IsSystem || (paths.Count > 0 && paths.All(p => actor.CanAccess(AccountPermissions.Manage, p))) ? user : null;
    }
}
