using ThiDua.Core.Identity;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Audit;

/// <summary>Permissions of the audit trail.</summary>
public static class AuditPermissions
{
    public static readonly Permission View = new(
        "Audit.View",
        "Xem nhật ký thay đổi trong phạm vi",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader, Role.Inspector]);

    public static IReadOnlyList<Permission> All { get; } = [View];
}
