using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Identity;

/// <summary>Permissions of account administration: only within the granting user's own scope.</summary>
public static class AccountPermissions
{
    public static readonly Permission View = new(
        "Accounts.View",
        "Xem tài khoản trong phạm vi",
        [Role.Administrator, Role.UnitLeader]);

    public static readonly Permission Manage = new(
        "Accounts.Manage",
        "Tạo, khóa, đặt lại mật khẩu tài khoản và phân quyền trong phạm vi",
        [Role.Administrator]);

    public static IReadOnlyList<Permission> All { get; } = [View, Manage];
}
