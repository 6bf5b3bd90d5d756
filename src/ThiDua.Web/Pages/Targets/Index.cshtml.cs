using ThiDua.Core.Targets;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Targets;

/// <summary>Progress of one unit against its targets for a year: score, grade and why, one chart per indicator, and the months' figures.</summary>
[RequirePermission("Targets.View")]
public sealed class IndexModel(TargetQueries queries, EmulationCalendar calendar) : TargetsPageModel(queries, calendar)
{
    public UnitProgress? Progress { get; private set; }

    public DateOnly CalendarStart => Calendar.Start(Year ?? Calendar.CurrentYear);

    public DateOnly CalendarEnd => Calendar.End(Year ?? Calendar.CurrentYear);

    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnGetAsync(CancellationToken ct)
    {
        Crumbs.Add(new Crumb("Chỉ tiêu và theo dõi"));
        if (!await ChooseAsync(ct))
        {
            return Page();
        }

        var result = await Queries.ProgressAsync(UnitId!.Value, Year!.Value, ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        Progress = result.Value;
        return Page();
    }

    public static string StatusText(string status) => status switch
    {
        "ON_TRACK" => "Đạt tiến độ",
        "SLIGHTLY_BEHIND" => "Chậm nhẹ",
        "BEHIND" => "Chậm tiến độ",
        "NO_DATA" => "Chưa có số liệu",
        _ => "Chưa giao chỉ tiêu",
    };
}
