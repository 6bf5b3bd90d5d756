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
/// Resolves the signed-in account once per request (one query: flags and grants), sets the scoped actor that
/// every handler filters by, and signs out an account that has been disabled meanwhile.
/// </summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AppDbContext db, ActorScope actor)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && int.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), System.Globalization.CultureInfo.InvariantCulture, out var userId))
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
                .FirstOrDefaultAsync(context.RequestAborted);
            if (row is null || row.IsDisabled)
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
            else
            {
                var grants = row.Grants.Select(g => new Grant(g.Role, g.UnitId, g.Path)).ToList();
                actor.Set(new SignedInUser(userId, row.DisplayName, grants));
                context.Features.Set(new AccountState(userId, row.DisplayName, row.IsDemo, row.TwoFactorEnabled, grants, row.Grants.Select(g => g.Name).Distinct().ToList()));
            }
        }

        await next(context);
    }
}

public static class AccountStateExtensions
{
    public static AccountState? Account(this HttpContext context) => context.Features.Get<AccountState>();
}
