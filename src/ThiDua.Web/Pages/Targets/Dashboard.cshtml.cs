using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Targets;
using ThiDua.Core.Targets.Dashboard;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Targets;

/// <summary>
/// The unit's dashboard for the year (issue 5, item 5): launched, registered, signed, on target — each with its share as
/// a bar, what is missing named, and links to the page that fixes it.
/// </summary>
[RequirePermission("Targets.View")]
public sealed class DashboardModel(TargetQueries queries, EmulationCalendar calendar, GetDashboard dashboard) : TargetsPageModel(queries, calendar)
{
    public UnitDashboard? Board { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Crumbs.Add(new Crumb("Chỉ tiêu và theo dõi", "/Targets"));
        Crumbs.Add(new Crumb("Bảng tổng hợp"));
        if (!await ChooseAsync(ct))
        {
            return Page();
        }

        var result = await dashboard.HandleAsync(UnitId, Year, ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        Board = result.Value;
        return Page();
    }
}
