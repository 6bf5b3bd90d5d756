using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Identity.Accounts;

public sealed record GrantView(int Id, Role Role, int UnitId, string UnitName, string UnitCode);

public sealed record AccountView(
    int Id,
    string UserName,
    string DisplayName,
    string? Email,
    int? PersonId,
    string? PersonName,
    bool IsDemo,
    bool IsDisabled,
    bool TwoFactorEnabled,
    DateTimeOffset? LockoutEnd,
    DateTime CreatedAt,
    IReadOnlyList<GrantView> Grants);

/// <summary>Accounts visible to the viewer (a grant or the person in their <see cref="AccountPermissions.View"/> scope).</summary>
public sealed class AccountQueries(AppDbContext db, ICurrentUser actor)
{
    public async Task<Page<AccountView>> ListAsync(string? query, PageRequest page, CancellationToken ct = default)
    {
        var users = AccountScope.Visible(db, actor, AccountPermissions.View).AsNoTracking();
        var folded = SearchText.Fold(query);
        if (folded.Length > 0)
        {
            // User names are ASCII and stored normalised in capitals; people's names through their folded column.
            var upper = folded.ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(upper) || (u.Person != null && u.Person.SearchName.Contains(folded)));
        }

        page = page.Number == 0 ? new PageRequest() : page;
        var total = await users.CountAsync(ct);
        var items = await Project(users.OrderBy(u => u.UserName).Skip(page.Skip).Take(page.SafeSize)).ToListAsync(ct);
        return new Page<AccountView>(items, page.SafeNumber, page.SafeSize, total);
    }

    public async Task<Result<AccountView>> GetAsync(int id, CancellationToken ct = default)
    {
        var account = await Project(AccountScope.Visible(db, actor, AccountPermissions.View).AsNoTracking().Where(u => u.Id == id)).FirstOrDefaultAsync(ct);
        return account is null ? Result<AccountView>.NotFound() : Result<AccountView>.Ok(account);
    }

    private static IQueryable<AccountView> Project(IQueryable<AppUser> users) => users.Select(u => new AccountView(
        u.Id,
        u.UserName!,
        u.DisplayName,
        u.Email,
        u.PersonId,
        u.Person != null ? u.Person.FullName : null,
        u.IsDemo,
        u.IsDisabled,
        u.TwoFactorEnabled,
        u.LockoutEnd,
        u.CreatedAt,
        u.Grants.Select(g => new GrantView(g.Id, g.Role, g.UnitId, g.Unit.Name, g.Unit.Code)).ToList()));
}
