using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Identity.Accounts;

public sealed record GrantInput(Role Role, int UnitId);

public sealed record CreateAccountInput(
    string UserName,
    string DisplayName,
    string? Email,
    string Password,
    int? PersonId,
    IReadOnlyList<GrantInput> Grants,
    bool IsDemo = false);

/// <summary>
/// Creates an account with its roles, in one transaction. Roles can be granted only on units inside the
/// creator's own <see cref="AccountPermissions.Manage"/> scope; a unit or person outside it is "not found".
/// </summary>
public sealed class CreateAccount(AppDbContext db, UserManager<AppUser> users, ICurrentUser actor, TimeProvider clock)
{
    public async Task<Result<AppUser>> HandleAsync(CreateAccountInput input, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.UserName))
        {
            errors.Add(new FieldError(nameof(input.UserName), "Vui lòng nhập tên đăng nhập."));
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName))
        {
            errors.Add(new FieldError(nameof(input.DisplayName), "Vui lòng nhập họ và tên hiển thị."));
        }

        if (input.Grants.Count == 0)
        {
            errors.Add(new FieldError(nameof(input.Grants), "Tài khoản cần ít nhất một vai trò trên một đơn vị."));
        }

        if (errors.Count > 0)
        {
            return Result<AppUser>.Invalid(errors);
        }

        var unitIds = input.Grants.Select(g => g.UnitId).Distinct().ToList();
        var units = await db.Units.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        if (unitIds.Any(id => !units.TryGetValue(id, out var unit) || !actor.CanAccess(AccountPermissions.Manage, unit.Path)))
        {
            return Result<AppUser>.NotFound();
        }

        if (input.PersonId is int personId)
        {
            var person = await db.People.Include(p => p.Unit).FirstOrDefaultAsync(p => p.Id == personId, ct);
            if (person is null || !actor.CanAccess(AccountPermissions.Manage, person.Unit.Path))
            {
                return Result<AppUser>.NotFound();
            }
        }

        var user = new AppUser
        {
            UserName = input.UserName.Trim(),
            Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            DisplayName = input.DisplayName.Trim(),
            PersonId = input.PersonId,
            IsDemo = input.IsDemo,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };

        await using var transaction = await db.BeginOwnedTransactionAsync(ct);
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            return Result<AppUser>.Invalid(created.Errors.Select(ToFieldError).ToList());
        }

        foreach (var grant in input.Grants.Distinct())
        {
            db.RoleGrants.Add(new RoleGrant(user.Id, grant.Role, units[grant.UnitId], clock.GetUtcNow().UtcDateTime));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<AppUser>.Ok(user);
    }

    internal static FieldError ToFieldError(IdentityError e) => new(
        e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
        : e.Code.Contains("Email", StringComparison.Ordinal) ? "Email" : "UserName",
        e.Description);
}
