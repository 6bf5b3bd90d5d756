using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Identity.Accounts;

/// <summary>
/// Disables or re-enables an account within the manager's scope. Disabling also rotates the security stamp,
/// which ends the account's open sessions at their next validation.
/// </summary>
public sealed class SetAccountDisabled(AppDbContext db, UserManager<AppUser> users, ICurrentUser actor, AccountCache accounts)
{
    public async Task<Result<AppUser>> HandleAsync(int userId, bool disabled, CancellationToken ct = default)
    {
        var user = await AccountScope.FindManageableAsync(db, actor, userId, ct);
        if (user is null)
        {
            return Result<AppUser>.NotFound();
        }

        if (user.Id == actor.UserId && disabled)
        {
            return Result<AppUser>.Invalid(new FieldError("Disabled", "Không thể tự khóa tài khoản đang đăng nhập."));
        }

        user.IsDisabled = disabled;
        await users.UpdateSecurityStampAsync(user);
        accounts.Invalidate(user.Id);
        return Result<AppUser>.Ok(user);
    }
}

/// <summary>
/// Resets an account's password to a new random passphrase that is shown once to the manager, clears a lockout,
/// and rotates the security stamp so that old sessions end.
/// </summary>
public sealed class ResetAccountPassword(AppDbContext db, UserManager<AppUser> users, ICurrentUser actor)
{
    public async Task<Result<string>> HandleAsync(int userId, CancellationToken ct = default)
    {
        var user = await AccountScope.FindManageableAsync(db, actor, userId, ct);
        if (user is null)
        {
            return Result<string>.NotFound();
        }

        var password = Passphrase.Generate();
        await using var transaction = await db.BeginOwnedTransactionAsync(ct);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return Result<string>.Invalid(reset.Errors.Select(CreateAccount.ToFieldError).ToList());
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await transaction.CommitAsync(ct);
        return Result<string>.Ok(password);
    }
}

/// <summary>Grants a role on a unit; both the account and the unit must lie in the granting user's scope.</summary>
public sealed class GrantRole(AppDbContext db, ICurrentUser actor, TimeProvider clock, AccountCache accounts)
{
    public async Task<Result<RoleGrant>> HandleAsync(int userId, GrantInput input, CancellationToken ct = default)
    {
        var user = await AccountScope.FindManageableAsync(db, actor, userId, ct);
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == input.UnitId, ct);
        if (user is null || unit is null || !actor.CanAccess(AccountPermissions.Manage, unit.Path))
        {
            return Result<RoleGrant>.NotFound();
        }

        if (user.Grants.Any(g => g.Role == input.Role && g.UnitId == input.UnitId))
        {
            return Result<RoleGrant>.Invalid(new FieldError("Role", "Tài khoản đã có vai trò này trên đơn vị này."));
        }

        var grant = new RoleGrant(user.Id, input.Role, unit, clock.GetUtcNow().UtcDateTime);
        db.RoleGrants.Add(grant);
        await db.SaveChangesAsync(ct);
        accounts.Invalidate(user.Id);
        return Result<RoleGrant>.Ok(grant);
    }
}

/// <summary>Removes a role; an account keeps at least one role.</summary>
public sealed class RevokeRole(AppDbContext db, ICurrentUser actor, AccountCache accounts)
{
    public async Task<Result<bool>> HandleAsync(int userId, int grantId, CancellationToken ct = default)
    {
        var user = await AccountScope.FindManageableAsync(db, actor, userId, ct);
        var grant = user?.Grants.FirstOrDefault(g => g.Id == grantId);
        if (user is null || grant is null)
        {
            return Result<bool>.NotFound();
        }

        if (user.Grants.Count == 1)
        {
            return Result<bool>.Invalid(new FieldError("Role", "Tài khoản cần giữ ít nhất một vai trò; hãy khóa tài khoản nếu không dùng nữa."));
        }

        db.RoleGrants.Remove(grant);
        await db.SaveChangesAsync(ct);
        accounts.Invalidate(user.Id);
        return Result<bool>.Ok(true);
    }
}
