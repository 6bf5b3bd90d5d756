using ThiDua.Core.Identity.Accounts;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Admin.Accounts;

/// <summary>Accounts within the viewer's scope.</summary>
[RequirePermission("Accounts.View")]
public sealed class IndexModel(AccountQueries queries, ICurrentUser user) : AppPageModel
{
    public override string Area => "Accounts";

    public Page<AccountView> Accounts { get; private set; } = null!;

    public string? Q { get; private set; }

    public bool CanManage => user.HasAnywhere(Core.Identity.AccountPermissions.Manage);

    public async Task OnGetAsync(string? q, int p = 1, CancellationToken ct = default)
    {
        Q = q;
        Crumbs.Add(new Crumb("Tài khoản"));
        Accounts = await queries.ListAsync(q, new PageRequest(p, 50), ct);
    }
}
