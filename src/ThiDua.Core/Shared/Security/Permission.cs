using ThiDua.Core.Identity;

namespace ThiDua.Core.Shared.Security;

/// <summary>A named right, declared by its module together with the roles that hold it.</summary>
public sealed record Permission(string Name, string Description, IReadOnlyList<Role> Roles);

/// <summary>Every module's permissions in one list: the single place the role → permission map is read from.</summary>
public static class PermissionCatalog
{
    public static IReadOnlyList<Permission> All { get; } =
    [
        .. Organisation.OrganisationPermissions.All,
        .. Identity.AccountPermissions.All,
        .. Audit.AuditPermissions.All,
        .. Movements.MovementsPermissions.All,
        .. Registrations.RegistrationsPermissions.All,
        .. Covenants.CovenantsPermissions.All,
        .. Awards.AwardsPermissions.All,
        .. Awards.Decisions.DecisionsPermissions.All,
        .. Awards.Proposals.ProposalsPermissions.All,
        .. Targets.TargetsPermissions.All,
        .. Awards.Councils.CouncilsPermissions.All,
    ];

    private static readonly Dictionary<Role, HashSet<string>> ByRole = Enum.GetValues<Role>()
        .ToDictionary(r => r, r => All.Where(p => p.Roles.Contains(r)).Select(p => p.Name).ToHashSet(StringComparer.Ordinal));

    public static bool RoleHas(Role role, Permission permission) => ByRole[role].Contains(permission.Name);
}
