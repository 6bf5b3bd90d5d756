using ThiDua.Core.Identity;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Covenants;

/// <summary>Permissions of the covenants (giao ước thi đua) of clusters and blocks.</summary>
public static class CovenantsPermissions
{
    /// <summary>The covenants of the clusters the holder's units belong to (or organise).</summary>
    public static readonly Permission View = new(
        "Covenants.View",
        "Xem giao ước thi đua của cụm, khối mà đơn vị là thành viên hoặc tổ chức",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader, Role.CouncilMember, Role.Inspector, Role.StaffMember]);

    /// <summary>Draft the covenant and move it through its steps, for the head unit of the year (or the cluster's organiser).</summary>
    public static readonly Permission Manage = new(
        "Covenants.Manage",
        "Soạn giao ước thi đua (đơn vị cụm trưởng), mở ký kết, sơ kết, tổng kết",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader]);

    /// <summary>Sign the covenant for a member unit: only the unit's own leader (a grant on that very unit).</summary>
    public static readonly Permission Sign = new(
        "Covenants.Sign",
        "Ký giao ước thi đua thay mặt đơn vị mình (lãnh đạo đơn vị)",
        [Role.UnitLeader]);

    /// <summary>Cross-score the other members and vote the leading unit(s), for one's own unit (a grant on that very unit).</summary>
    public static readonly Permission Score = new(
        "Covenants.Score",
        "Chấm điểm chéo các đơn vị thành viên khác và bỏ phiếu suy tôn, thay mặt đơn vị mình",
        [Role.EmulationOfficer, Role.UnitLeader]);

    public static IReadOnlyList<Permission> All { get; } = [View, Manage, Sign, Score];
}
