using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Shared.Security;
using ThiDua.Core.Targets;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Targets;

/// <summary>One cell of the targets grid as posted.</summary>
public sealed class TargetCellForm
{
    public int UnitId { get; set; }

    public string Indicator { get; set; } = string.Empty;

    public string? Percent { get; set; }
}

/// <summary>The superior assigns the year's targets to itself and its subordinates in one grid (percent, 0–100); an empty cell removes the target.</summary>
[RequirePermission("Targets.View")]
public sealed class AssignModel(TargetQueries queries, EmulationCalendar calendar, SetTargets set, ICurrentUser user) : TargetsPageModel(queries, calendar)
{
    [BindProperty]
    public List<TargetCellForm> Cells { get; set; } = [];

    public TargetGrid? Grid { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool CanManage => user.HasAnywhere(TargetsPermissions.Manage);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var errors = new List<string>();
        var cells = new List<TargetCellInput>();
        foreach (var cell in Cells)
        {
            decimal? percent = null;
            if (!string.IsNullOrWhiteSpace(cell.Percent))
            {
                if (decimal.TryParse(cell.Percent.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    percent = value;
                }
                else
                {
                    errors.Add($"Chỉ tiêu {cell.Indicator}: “{cell.Percent}” không phải là số phần trăm.");
                    continue;
                }
            }

            cells.Add(new TargetCellInput(cell.UnitId, cell.Indicator, percent));
        }

        if (errors.Count == 0)
        {
            var result = await set.HandleAsync(Year!.Value, cells, ct);
            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.IsSuccess)
            {
                TempData["Notice"] = $"Đã lưu chỉ tiêu năm {Year}: giao mới {result.Value!.Created}, sửa {result.Value.Updated}, bỏ {result.Value.Removed}.";
                return Redirect("/Targets/Assign" + Query());
            }

            errors.AddRange(result.Errors.Select(e => e.Message));
        }

        Errors = errors;
        return Page();
    }

    public string Value(int unitId, string indicator)
    {
        var posted = Cells.FirstOrDefault(c => c.UnitId == unitId && c.Indicator == indicator);
        if (posted is not null)
        {
            return posted.Percent ?? string.Empty;
        }

        var row = Grid!.Rows.First(r => r.Unit.Id == unitId);
        return row.Targets.TryGetValue(indicator, out var value) && value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : string.Empty;
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Crumbs.Add(new Crumb("Chỉ tiêu và theo dõi", "/Targets"));
        Crumbs.Add(new Crumb("Giao chỉ tiêu"));
        if (!await ChooseAsync(ct))
        {
            return true;
        }

        var result = await Queries.GridAsync(UnitId!.Value, Year!.Value, ct);
        Grid = result.Value;
        return !result.IsNotFound;
    }
}
