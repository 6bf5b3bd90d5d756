using ThiDua.Core.Identity;

namespace ThiDua.Core.Shared.Security;

/// <summary>A role held on the subtree whose materialised path is <paramref name="UnitPath"/>.</summary>
public sealed record Grant(Role Role, int UnitId, string UnitPath);

/// <summary>
/// Who is acting: a signed-in user, an API token's owner, or the system (CLI operator commands, seeding).
/// Every query and write is filtered by the scope paths of <see cref="Grants"/> (architecture.md: security model).
/// </summary>
public interface ICurrentUser
{
    int? UserId { get; }

    string ActorName { get; }

    bool IsSystem { get; }

    IReadOnlyList<Grant> Grants { get; }
}

public static class CurrentUserExtensions
{
    /// <summary>The subtree paths on which the user holds <paramref name="permission"/>, without nested duplicates.</summary>
    public static IReadOnlyList<string> ScopePaths(this ICurrentUser user, Permission permission)
    {
        if (user.IsSystem)
        {
            return ["/"];
        }

        var paths = user.Grants.Where(g => PermissionCatalog.RoleHas(g.Role, permission)).Select(g => g.UnitPath)
            .Distinct(StringComparer.Ordinal).OrderBy(p => p.Length).ToList();
        return paths.Where((p, i) => !paths.Take(i).Any(shorter => p.StartsWith(shorter, StringComparison.Ordinal))).ToList();
    }

    public static bool HasAnywhere(this ICurrentUser user, Permission permission) => user.ScopePaths(permission).Count > 0;

    /// <summary>
    /// Holds <paramref name="permission"/> on a root unit of the tree (path "/id/"), for national data such as the legal
    /// regimes: a grant on a province, however broad its role, is not enough. The system actor always may.
    /// </summary>
    public static bool HasAtRoot(this ICurrentUser user, Permission permission) =>
        user.IsSystem || user.Grants.Any(g => PermissionCatalog.RoleHas(g.Role, permission) && g.UnitPath.Count(c => c == '/') == 2);

    public static bool CanAccess(this ICurrentUser user, Permission permission, string unitPath) =>
        user.ScopePaths(permission).Any(p => unitPath.StartsWith(p, StringComparison.Ordinal));
}

/// <summary>The actor of operator commands and seeding: sees everything, is named in the audit trail.</summary>
public sealed class SystemUser(string name = "hệ thống") : ICurrentUser
{
    public int? UserId => null;

    public string ActorName { get; } = name;

    public bool IsSystem => true;

    public IReadOnlyList<Grant> Grants => [];
}
