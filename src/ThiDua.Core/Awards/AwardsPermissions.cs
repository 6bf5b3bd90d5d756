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

    public static IReadOnlyList<Permission> All { get; } = [CheckEligibility];
}
