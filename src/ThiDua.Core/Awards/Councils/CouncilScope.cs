using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Councils;

/// <summary>The councils a user sees: those of units in the scope of <see cref="CouncilsPermissions.View"/>; another unit's id reads as not found.</summary>
internal static class CouncilScope
{
    public static IQueryable<Council> Visible(AppDbContext db, ICurrentUser actor) =>
        db.Councils.Where(ScopeFilter.Build<Council>(actor.ScopePaths(CouncilsPermissions.View), c => c.Unit.Path));

    public static IQueryable<CouncilSession> VisibleSessions(AppDbContext db, ICurrentUser actor) =>
        db.CouncilSessions.Where(ScopeFilter.Build<CouncilSession>(actor.ScopePaths(CouncilsPermissions.View), s => s.Council.Unit.Path));

    public static bool CanManage(ICurrentUser actor, string unitPath) => actor.CanAccess(CouncilsPermissions.Manage, unitPath);

    /// <summary>A visible session with its council (unit, members), agenda, electorate and comments, tracked.</summary>
    public static Task<CouncilSession?> LoadSessionAsync(AppDbContext db, ICurrentUser actor, int id, CancellationToken ct) =>
        VisibleSessions(db, actor).Include(s => s.Council).ThenInclude(c => c.Unit)
            .Include(s => s.Council).ThenInclude(c => c.Members).ThenInclude(m => m.Person)
            .Include(s => s.Candidates).Include(s => s.Electorate).Include(s => s.Comments)
            .AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>The person of the signed-in account, or null (the system, an account without a person).</summary>
    public static async Task<int?> PersonOfAsync(AppDbContext db, ICurrentUser actor, CancellationToken ct) =>
        actor.UserId is int userId ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.PersonId).FirstOrDefaultAsync(ct) : null;
}
