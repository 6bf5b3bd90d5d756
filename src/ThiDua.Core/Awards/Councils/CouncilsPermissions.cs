using ThiDua.Core.Identity;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Councils;

/// <summary>Permissions of the emulation and commendation councils. Voting is not a role: it belongs to the members (by their person).</summary>
public static class CouncilsPermissions
{
    /// <summary>The councils and sessions of the holder's units; during a posting, also leaving a comment on a candidate.</summary>
    public static readonly Permission View = new(
        "Councils.View",
        "Xem Hội đồng Thi đua – Khen thưởng, phiên họp, danh sách công khai và góp ý trong thời gian công khai",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader, Role.CouncilMember, Role.Inspector, Role.StaffMember]);

    /// <summary>Set up the council (members, terms) and its sessions (agenda, posting, opening and closing the ballot).</summary>
    public static readonly Permission Manage = new(
        "Councils.Manage",
        "Thành lập, sửa Hội đồng TĐKT (thành viên, nhiệm kỳ); chuẩn bị phiên họp, công khai, mở và kết thúc bỏ phiếu",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader]);

    /// <summary>The working-day calendar (days off, worked weekends); national data, so also only at the root (HasAtRoot).</summary>
    public static readonly Permission ManageCalendar = new(
        "Calendar.Manage",
        "Sửa lịch ngày nghỉ lễ, Tết, ngày nghỉ bù và ngày làm bù (đơn vị gốc; áp dụng toàn quốc)",
        [Role.Administrator, Role.EmulationOfficer]);

    public static IReadOnlyList<Permission> All { get; } = [View, Manage, ManageCalendar];
}
