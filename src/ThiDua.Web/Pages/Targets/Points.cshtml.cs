using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Movements;
using ThiDua.Core.Targets;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Targets;

/// <summary>
/// Points computed automatically (issue 5, item 4): a movement's criteria linked to indicators get their points from the
/// chosen unit's result against its pro-rata target (<see cref="TargetQueries.PointsAsync"/>); whoever manages the
/// movement links or unlinks criteria here (<see cref="LinkCriteria"/>). The rest are scored by the council.
/// </summary>
[RequirePermission("Targets.View")]
public sealed class PointsModel(TargetQueries queries, EmulationCalendar calendar, MovementQueries movements, LinkCriteria link) : TargetsPageModel(queries, calendar)
{
    [BindProperty(SupportsGet = true)]
    public int? MovementId { get; set; }

    [BindProperty]
    public List<LinkRow> Links { get; set; } = [];

    public IReadOnlyList<MovementSummary> Movements { get; private set; } = [];

    public MovementPoints? Points { get; private set; }

    public IReadOnlyList<IndicatorView> Indicators { get; private set; } = [];

    public bool CanLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (MovementId is null)
        {
            return NotFound();
        }

        var result = await link.HandleAsync(MovementId.Value, Links.Select(l => new CriterionLinkInput(l.CriterionId, string.IsNullOrWhiteSpace(l.Indicator) ? null : l.Indicator)).ToList(), ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, string.Empty);
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        TempData["Notice"] = "Đã lưu việc gắn tiêu chí với chỉ tiêu.";
        return Redirect($"/Targets/Points{Query()}&movementId={MovementId}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Crumbs.Add(new Crumb("Chỉ tiêu và theo dõi", "/Targets"));
        Crumbs.Add(new Crumb("Điểm tự động theo chỉ tiêu"));
        if (!await ChooseAsync(ct))
        {
            return true;
        }

        var list = await movements.ListAsync(new MovementQuery(Year: Year, Size: 200), ct);
        Movements = list.IsSuccess ? list.Value!.Items : [];
        MovementId ??= Movements.Count > 0 ? Movements[0].Id : null;
        if (MovementId is null)
        {
            return true;
        }

        var points = await Queries.PointsAsync(MovementId.Value, UnitId!.Value, ct);
        if (!points.IsSuccess)
        {
            return false;
        }

        Points = points.Value;
        Indicators = (await Queries.IndicatorsAsync(ct)).Where(i => i.Active).ToList();
        CanLink = await movements.CanManageAsync(MovementId.Value, ct);
        return true;
    }

    public sealed class LinkRow
    {
        public int CriterionId { get; set; }

        public string? Indicator { get; set; }
    }
}
