using ThiDua.Core.Identity;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Movements;

/// <summary>Permissions of the Movements module.</summary>
public static class MovementsPermissions
{
    /// <summary>Movements launched by the holder's units, their subordinates, and the superiors they answer to.</summary>
    public static readonly Permission View = new(
        "Movements.View",
        "Xem phong trào thi đua của đơn vị, của cấp trên và đơn vị trực thuộc",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader, Role.CouncilMember, Role.Inspector, Role.StaffMember]);

    /// <summary>Launch, change and respond to movements for the holder's units.</summary>
    public static readonly Permission Manage = new(
        "Movements.Manage",
        "Phát động, sửa phong trào thi đua và hưởng ứng phong trào của cấp trên",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader]);

    public static IReadOnlyList<Permission> All { get; } = [View, Manage];
}
