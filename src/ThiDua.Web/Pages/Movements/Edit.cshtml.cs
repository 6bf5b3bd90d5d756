using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Movements;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Movements;

/// <summary>
/// Edits a movement of a unit the user manages (the same form and checks as the launch; the owner unit and the
/// superior's movement stay); a movement outside the user's scope answers 404.
/// </summary>
[RequirePermission("Movements.Manage")]
public sealed class EditModel(UpdateMovement update, MovementQueries queries, ListClusters listClusters) : AppPageModel, IMovementFormPage
{
    public override string Area => "Movements";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public MovementForm Input { get; set; } = new();

    public MovementDetails? Movement { get; private set; }

    public IReadOnlyList<UnitSummary> Units => [];

    public IReadOnlyList<ClusterSummary> Clusters { get; private set; } = [];

    public bool Editing => true;

    public string? OwnerName => Movement?.Movement.OwnerName;

    public string CancelHref => "/Movements/Details/" + Id;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var m = Movement!;
        Input = new MovementForm
        {
            OwnerUnitId = m.Movement.OwnerUnitId,
            Name = m.Movement.Name,
            Kind = m.Movement.Kind,
            Scope = m.Movement.Scope,
            ClusterId = m.ClusterId,
            PeriodFrom = m.Movement.PeriodFrom,
            PeriodTo = m.Movement.PeriodTo,
            LaunchedOn = m.Movement.LaunchedOn,
            LaunchReference = m.Movement.LaunchReference,
            Goals = m.Goals,
            MaxPoints = m.MaxPoints,
            Criteria = m.Criteria.Select(c => new CriterionForm { Name = c.Name, Points = c.Points }).ToList(),
        };
        Input.Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var m = Movement!;
        var result = await update.HandleAsync(Id, new MovementInput(m.Movement.OwnerUnitId, m.Movement.ParentId, Input.Name, Input.Kind, Input.Scope,
            Input.ClusterId, Input.PeriodFrom, Input.PeriodTo, Input.Goals, Input.LaunchedOn, Input.LaunchReference, Input.MaxPoints, Input.ToCriteria()), ct);
        if (result.IsSuccess)
        {
            TempData["Notice"] = "Đã lưu phong trào.";
            return RedirectToPage("/Movements/Details", new { id = Id });
        }

        if (result.IsNotFound)
        {
            return NotFound();
        }

        AddErrors(result.Errors);
        Input.OwnerUnitId = m.Movement.OwnerUnitId;
        Input.Pad();
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var details = await queries.GetAsync(Id, ct);
        if (!details.IsSuccess || !details.Value!.CanManage)
        {
            return false;
        }

        Movement = details.Value;
        Clusters = await listClusters.HandleAsync(null, ct);
        Crumbs.Add(new Crumb("Phong trào thi đua", "/Movements"));
        Crumbs.Add(new Crumb(Movement.Movement.Name, "/Movements/Details/" + Id));
        Crumbs.Add(new Crumb("Sửa phong trào"));
        return true;
    }
}
