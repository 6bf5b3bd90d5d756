using ThiDua.Core.Identity;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Organisation;

/// <summary>Permissions of the Organisation module (units, people, search).</summary>
public static class OrganisationPermissions
{
    public static readonly Permission View = new(
        "Organisation.View",
        "Xem đơn vị và công chức trong phạm vi",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader, Role.CouncilMember, Role.Inspector, Role.StaffMember]);

    public static readonly Permission Manage = new(
        "Organisation.Manage",
        "Thêm, sửa đơn vị và công chức trong phạm vi",
        [Role.Administrator, Role.EmulationOfficer]);

    public static IReadOnlyList<Permission> All { get; } = [View, Manage];
}
