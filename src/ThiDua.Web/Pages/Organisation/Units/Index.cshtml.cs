using ThiDua.Core.Organisation.Queries;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Organisation.Units;

/// <summary>The unit tree in the user's scope.</summary>
[RequirePermission("Organisation.View")]
public sealed class IndexModel(ListUnits listUnits) : AppPageModel
{
    public override string Area => "Organisation";

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Crumbs.Add(new Crumb("Tổ chức"));
        Crumbs.Add(new Crumb("Đơn vị"));
        Units = await listUnits.HandleAsync(ct);
    }
}
