using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Fairness;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards;

/// <summary>The fairness panel of a unit and year: shares of direct workers, women and leaders, with the warning.</summary>
[RequirePermission("Awards.ViewCandidates")]
public sealed class FairnessModel(GetFairness getFairness, ListUnits listUnits) : AppPageModel
{
    public override string Area => "Awards";

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public FairnessPanel Panel { get; private set; } = null!;

    public AwardsFilter Filter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var year = Year is < 2000 or > 2999 ? null : Year;
        var result = await getFairness.HandleAsync(UnitId, year, AsOf, ct);
        if (result.Errors.Count > 0)
        {
            Errors = result.Errors.Select(e => e.Message).ToList();
            result = await getFairness.HandleAsync(UnitId, year, null, ct);
        }

        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Panel = result.Value!;
        Filter = new AwardsFilter(await AwardsFilter.UnitsAsync(listUnits, ct), Panel.UnitId, Panel.Year, Panel.AsOf);
        Crumbs.Add(new Crumb("Khen thưởng"));
        Crumbs.Add(new Crumb("Danh sách đủ điều kiện", $"/Awards/Candidates?unitId={Panel.UnitId}&year={Panel.Year}"));
        Crumbs.Add(new Crumb("Bảng công bằng"));
        return Page();
    }
}
