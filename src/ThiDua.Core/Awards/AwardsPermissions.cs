using ThiDua.Core.Identity;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards;

/// <summary>Permissions of the Awards module.</summary>
public static class AwardsPermissions
{
    /// <summary>What-if checks of case files against the law; they read no unit's data.</summary>
    public static readonly Permission CheckEligibility = new(
        "Awards.CheckEligibility",
        "Kiểm tra điều kiện danh hiệu, hình thức khen thưởng theo hồ sơ tình huống",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader, Role.CouncilMember, Role.Inspector]);

    /// <summary>Candidate lists and "why not" of the people and collectives in the holder's units (read only).</summary>
    public static readonly Permission ViewCandidates = new(
        "Awards.ViewCandidates",
        "Xem danh sách đủ điều kiện danh hiệu, hình thức khen thưởng của đơn vị trong phạm vi",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader, Role.CouncilMember, Role.Inspector]);

    /// <summary>
    /// Changing, adding and deleting legal regimes. The law is national: the use cases also require the grant to be on
    /// a root unit of the tree (<see cref="CurrentUserExtensions.HasAtRoot"/>), so a province's administrator cannot.
    /// Reading regimes needs <see cref="CheckEligibility"/>.
    /// </summary>
    public static readonly Permission ManageRegimes = new(
        "Awards.ManageRegimes",
        "Sửa, thêm, xóa chế độ pháp lý (quản trị viên ở đơn vị gốc; áp dụng toàn quốc)",
        [Role.Administrator]);

    /// <summary>Overrides of a quota's default order, each with a mandatory reason (audited).</summary>
    public static readonly Permission ManageQuota = new(
        "Awards.ManageQuota",
        "Điều chỉnh thứ tự xét trong tỷ lệ khen thưởng của đơn vị (có lý do, được ghi nhật ký)",
        [Role.Administrator, Role.EmulationOfficer]);

    public static IReadOnlyList<Permission> All { get; } = [CheckEligibility, ViewCandidates, ManageRegimes, ManageQuota];
}
