using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Organisation.Units;

/// <summary>
/// The unit tree in the user's scope. Units closed by a reorganisation are hidden unless asked for (they sit under
/// their successor, with their history); <c>?on=</c> shows the tree as it stood on a date.
/// </summary>
[RequirePermission("Organisation.View")]
public sealed class IndexModel(ListUnits listUnits, ICurrentUser actor) : AppPageModel
{
    public override string Area => "Organisation";

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    public bool ShowClosed { get; private set; }

    public DateOnly? On { get; private set; }

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(bool closed = false, DateOnly? on = null, CancellationToken ct = default)
    {
        Crumbs.Add(new Crumb("Tổ chức"));
        Crumbs.Add(new Crumb("Đơn vị"));
        ShowClosed = closed;
        On = on;
        CanManage = actor.HasAnywhere(OrganisationPermissions.Manage);
        if (on is DateOnly date)
        {
            Units = await listUnits.HandleAsOfAsync(date, ct);
            return;
        }

        var all = await listUnits.HandleAsync(ct);
        Units = closed ? all : all.Where(u => u.ValidTo is null).ToList();
    }
}
