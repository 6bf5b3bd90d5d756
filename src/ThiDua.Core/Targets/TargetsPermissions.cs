using ThiDua.Core.Identity;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Targets;

/// <summary>Permissions of the Targets module (chỉ tiêu và theo dõi).</summary>
public static class TargetsPermissions
{
    /// <summary>Targets, actuals, progress, alerts and ranking of the holder's units and their subordinates.</summary>
    public static readonly Permission View = new(
        "Targets.View",
        "Xem chỉ tiêu, kết quả thực hiện, cảnh báo và xếp loại của đơn vị và đơn vị trực thuộc",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader, Role.CouncilMember, Role.Inspector]);

    /// <summary>Assign targets to subordinate units and enter or import monthly actuals.</summary>
    public static readonly Permission Manage = new(
        "Targets.Manage",
        "Giao chỉ tiêu cho đơn vị trực thuộc, nhập kết quả thực hiện hằng tháng",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader]);

    /// <summary>Change the indicator definitions and the A/B/C/D thresholds (national data: held at the root only).</summary>
    public static readonly Permission Configure = new(
        "Targets.Configure",
        "Sửa danh mục chỉ tiêu và ngưỡng xếp loại A, B, C, D (dữ liệu dùng chung toàn ngành)",
        [Role.Administrator]);

    public static IReadOnlyList<Permission> All { get; } = [View, Manage, Configure];
}
