using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Movements;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Movements;

/// <summary>
/// Launches a movement, alone or — with <c>parentId</c> — in response to a superior's movement, prefilled from it
/// (name, period, kind, criteria), so that an office responds in a minute and then adapts.
/// </summary>
[RequirePermission("Movements.Manage")]
public sealed class CreateModel(CreateMovement create, MovementQueries queries, ListUnits listUnits, ListClusters listClusters, EmulationCalendar calendar) : AppPageModel, IMovementFormPage
{
    public override string Area => "Movements";

    [BindProperty(SupportsGet = true)]
    public int? ParentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? OwnerUnitId { get; set; }

    [BindProperty]
    public MovementForm Input { get; set; } = new();

    public MovementDetails? Parent { get; private set; }

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    public IReadOnlyList<ClusterSummary> Clusters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var year = calendar.CurrentYear;
        Input = Parent is { } p
            ? new MovementForm
            {
                Name = p.Movement.Name,
                Kind = p.Movement.Kind,
                Scope = MovementScope.Unit,
                PeriodFrom = p.Movement.PeriodFrom,
                PeriodTo = p.Movement.PeriodTo,
                MaxPoints = p.MaxPoints,
                Criteria = p.Criteria.Select(c => new CriterionForm { Name = c.Name, Points = c.Points }).ToList(),
            }
            : new MovementForm { PeriodFrom = calendar.Start(year), PeriodTo = calendar.End(year) };
        Input.OwnerUnitId = OwnerUnitId ?? (Units.Count > 0 ? Units[0].Id : 0);
        Input.LaunchedOn = calendar.Today;
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var criteria = Input.ToCriteria();
        var result = await create.HandleAsync(new MovementInput(Input.OwnerUnitId, ParentId, Input.Name, Input.Kind, Input.Scope, Input.ClusterId,
            Input.PeriodFrom, Input.PeriodTo, Input.Goals, Input.LaunchedOn, Input.LaunchReference, Input.MaxPoints, criteria), ct);
        if (result.IsSuccess)
        {
            TempData["Notice"] = ParentId is null ? "Đã phát động phong trào." : "Đã phát động phong trào hưởng ứng.";
            return RedirectToPage("/Movements/Details", new { id = result.Value!.Id });
        }

        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (result.IsNotFound)
        {
            ModelState.AddModelError("Input.OwnerUnitId", "Đơn vị hoặc phong trào cấp trên không thuộc phạm vi của bạn.");
        }
        else
        {
            AddErrors(result.Errors);
        }

        Pad();
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (ParentId is { } parentId)
        {
            var parent = await queries.GetAsync(parentId, ct);
            if (!parent.IsSuccess)
            {
                return false;
            }

            Parent = parent.Value;
        }

        Units = (await listUnits.HandleAsync(MovementsPermissions.Manage, ct))
            .Where(u => u.ValidTo is null && u.Kind != UnitKind.DEPARTMENT && (Parent is null || Parent.Coverage.Rows.Any(r => r.UnitId == u.Id && r.CanRespond)))
            .ToList();
        Clusters = await listClusters.HandleAsync(null, ct);
        Crumbs.Add(new Crumb("Phong trào thi đua", "/Movements"));
        Crumbs.Add(new Crumb(Parent is null ? "Phát động phong trào" : "Phát động hưởng ứng"));
        return true;
    }

    public bool Editing => false;

    public string? OwnerName => null;

    public string CancelHref => Parent is null ? "/Movements" : "/Movements/Details/" + ParentId;

    private void Pad() => Input.Pad();
}
