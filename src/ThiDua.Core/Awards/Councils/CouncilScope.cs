using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Councils;

/// <summary>
/// The councils a user sees: those of units in the scope of <see cref="CouncilsPermissions.View"/>, and those of the
/// units above it (a regional office's staff see their province's council, whose posting concerns them); another
/// province's council reads as not found.
/// </summary>
internal static class CouncilScope
{
    public static IQueryable<Council> Visible(AppDbContext db, ICurrentUser actor)
    {
        var paths = actor.ScopePaths(CouncilsPermissions.View);
        var above = Ancestors(paths);
        if (paths.Contains("/"))
        {
            return db.Councils;
        }

        var inScope = db.Units.InScope(paths).Select(u => u.Id);
        return db.Councils.Where(c => inScope.Contains(c.UnitId) || above.Contains(c.Unit.Path));
    }

    public static IQueryable<CouncilSession> VisibleSessions(AppDbContext db, ICurrentUser actor)
    {
        var councils = Visible(db, actor).Select(c => c.Id);
        return db.CouncilSessions.Where(s => councils.Contains(s.CouncilId));
    }

    /// <summary>"/1/5/17/" → "/1/", "/1/5/": the paths of the units above each scope root.</summary>
    internal static List<string> Ancestors(IReadOnlyList<string> paths) =>
        paths.SelectMany(p =>
        {
            var parts = p.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
            return Enumerable.Range(1, Math.Max(0, parts.Length - 1)).Select(n => "/" + string.Join('/', parts.Take(n)) + "/");
        }).Distinct(StringComparer.Ordinal).ToList();

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
