namespace ThiDua.Core.Identity;

/// <summary>The roles of architecture.md's security model; each is granted on a unit subtree.</summary>
public enum Role
{
    /// <summary>Quản trị hệ thống.</summary>
    Administrator,

    /// <summary>Cán bộ làm công tác thi đua, khen thưởng.</summary>
    EmulationOfficer,

    /// <summary>Lãnh đạo đơn vị (approves, signs).</summary>
    UnitLeader,

    /// <summary>Thành viên Hội đồng Thi đua – Khen thưởng (votes).</summary>
    CouncilMember,

    /// <summary>Thành viên đoàn kiểm tra.</summary>
    Inspector,

    /// <summary>Công chức, người lao động (self-service).</summary>
    StaffMember,

    /// <summary>Công khai: published examples and decisions only.</summary>
    Public,
}

public static class RoleNames
{
    public static string Vietnamese(Role role) => role switch
    {
        Role.Administrator => "Quản trị hệ thống",
        Role.EmulationOfficer => "Cán bộ thi đua, khen thưởng",
        Role.UnitLeader => "Lãnh đạo đơn vị",
        Role.CouncilMember => "Thành viên Hội đồng TĐKT",
        Role.Inspector => "Thành viên đoàn kiểm tra",
        Role.StaffMember => "Công chức, người lao động",
        Role.Public => "Công khai",
        _ => role.ToString(),
    };

    /// <summary>ASVS 2.2 / architecture.md: two-factor is required for administrators and emulation officers.</summary>
    public static bool RequiresTwoFactor(Role role) => role is Role.Administrator or Role.EmulationOfficer;
}
