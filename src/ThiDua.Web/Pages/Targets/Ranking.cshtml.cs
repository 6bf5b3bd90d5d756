using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Organisation;
using ThiDua.Core.Targets;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Targets;

/// <summary>The A/B/C/D ranking (rules.md §6) of the units of one level under the chosen unit: score, grade and why; printable.</summary>
[RequirePermission("Targets.View")]
public sealed class RankingModel(TargetQueries queries, EmulationCalendar calendar) : TargetsPageModel(queries, calendar)
{
    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    public Ranking? Ranking { get; private set; }

    public static string LevelName(UnitKind kind) => kind switch
    {
        UnitKind.REGIONAL => "phòng khu vực",
        UnitKind.PROVINCIAL => "tỉnh, thành phố",
        _ => "đơn vị",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Crumbs.Add(new Crumb("Chỉ tiêu và theo dõi", "/Targets"));
        Crumbs.Add(new Crumb("Xếp loại A, B, C, D"));
        if (!await ChooseAsync(ct))
        {
            return Page();
        }

        var level = Enum.TryParse<UnitKind>(Level, true, out var k) ? k : UnitKind.REGIONAL;
        var result = await Queries.RankingAsync(UnitId!.Value, Year!.Value, level, ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        Ranking = result.Value;
        return Page();
    }
}
