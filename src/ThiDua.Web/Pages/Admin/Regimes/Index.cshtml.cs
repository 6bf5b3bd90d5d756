using ThiDua.Core.Awards.Regimes;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Admin.Regimes;

/// <summary>The legal regimes (rules.md §1) by start date, the one in force today, and how many values are unchecked.</summary>
[RequirePermission("Awards.CheckEligibility")]
public sealed class IndexModel(ListRegimes list, ICurrentUser user) : RegimePageModel(user)
{
    public IReadOnlyList<RegimeSummary> Regimes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Crumbs.Add(new Crumb("Chế độ pháp lý"));
        Regimes = await list.HandleAsync(ct);
    }
}
