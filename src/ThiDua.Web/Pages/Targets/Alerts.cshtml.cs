using ThiDua.Core.Targets;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Targets;

/// <summary>The units falling behind (below the pro-rata target by more than the configured threshold, or without figures).</summary>
[RequirePermission("Targets.View")]
public sealed class AlertsModel(TargetQueries queries, EmulationCalendar calendar) : TargetsPageModel(queries, calendar)
{
    public AlertList? Alerts { get; private set; }

    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnGetAsync(CancellationToken ct)
    {
        Crumbs.Add(new Crumb("Chỉ tiêu và theo dõi", "/Targets"));
        Crumbs.Add(new Crumb("Cảnh báo chậm tiến độ"));
        if (!await ChooseAsync(ct))
        {
            return Page();
        }

        var result = await Queries.AlertsAsync(UnitId!.Value, Year!.Value, ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        Alerts = result.Value;
        return Page();
    }
}
