using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Identity;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Web.Infrastructure;

/// <summary>What the request knows about its account beyond the principal: flags and grants with unit paths.</summary>
public sealed record AccountState(int Id, string DisplayName, bool IsDemo, bool TwoFactorEnabled, IReadOnlyList<Grant> Grants, IReadOnlyList<string> GrantUnitNames)
{
    public bool MustEnrolTwoFactor => !IsDemo && !TwoFactorEnabled && Grants.Any(g => RoleNames.RequiresTwoFactor(g.Role));
}

/// <summary>
/// Resolves the signed-in account (flags and grants, one query, kept briefly in <see cref="AccountCache"/>), sets
/// the scoped actor that every handler filters by, and signs out an account that has been disabled meanwhile.
/// </summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AppDbContext db, ActorScope actor, AccountCache cache)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && int.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), System.Globalization.CultureInfo.InvariantCulture, out var userId))
        {
            if (!cache.TryGet(userId, out AccountState? state))
            {
                state = await LoadAsync(db, userId, context.RequestAborted);
                cache.Set(userId, state);
            }

            if (state is null)
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
            else
            {
                actor.Set(new SignedInUser(userId, state.DisplayName, state.Grants));
                context.Features.Set(state);
            }
        }

        await next(context);
    }

    /// <summary>The account's flags and grants, or null when it is missing or disabled.</summary>
    private static async Task<AccountState?> LoadAsync(AppDbContext db, int userId, CancellationToken ct)
    {
        var row = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new
            {
                u.DisplayName,
                u.IsDisabled,
                u.IsDemo,
                u.TwoFactorEnabled,
                Grants = u.Grants.Select(g => new { g.Role, g.UnitId, g.Unit.Path, g.Unit.Name }).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        return row is null || row.IsDisabled
            ? null
            : new AccountState(userId, row.DisplayName, row.IsDemo, row.TwoFactorEnabled,
                row.Grants.Select(g => new Grant(g.Role, g.UnitId, g.Path)).ToList(), row.Grants.Select(g => g.Name).Distinct().ToList());
    }
}

public static class AccountStateExtensions
{
    public static AccountState? Account(this HttpContext context) => context.Features.Get<AccountState>();
}
