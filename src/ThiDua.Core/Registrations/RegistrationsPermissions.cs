using ThiDua.Core.Identity;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Registrations;

/// <summary>Permissions of the Registrations module.</summary>
public static class RegistrationsPermissions
{
    /// <summary>Registrations, rounds and coverage of the holder's units and their subordinates.</summary>
    public static readonly Permission View = new(
        "Registrations.View",
        "Xem đăng ký thi đua và mức độ đăng ký của đơn vị và đơn vị trực thuộc",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader, Role.CouncilMember, Role.Inspector]);

    /// <summary>A staff member registers their own title and submits it.</summary>
    public static readonly Permission RegisterSelf = new(
        "Registrations.RegisterSelf",
        "Tự đăng ký danh hiệu thi đua của mình",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader, Role.CouncilMember, Role.Inspector, Role.StaffMember]);

    /// <summary>Open rounds, set deadlines, register people and collectives on their behalf (also after the deadline, with a reason).</summary>
    public static readonly Permission Manage = new(
        "Registrations.Manage",
        "Mở đợt đăng ký, đăng ký thay cho cá nhân, tập thể (kể cả sau hạn, có lý do)",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader]);

    /// <summary>Approve or return the registrations of subordinate units (held on a unit above the registering one).</summary>
    public static readonly Permission Approve = new(
        "Registrations.Approve",
        "Duyệt hoặc trả lại đăng ký thi đua của đơn vị cấp dưới",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader]);

    public static IReadOnlyList<Permission> All { get; } = [View, RegisterSelf, Manage, Approve];
}
