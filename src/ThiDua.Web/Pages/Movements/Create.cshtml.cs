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
public sealed class CreateModel(CreateMovement create, MovementQueries queries, ListUnits listUnits, ListClusters listClusters, EmulationCalendar calendar) : AppPageModel
{
    public const int CriterionRows = 10;

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
        var criteria = Input.Criteria.Where(c => !string.IsNullOrWhiteSpace(c.Name) || c.Points != 0).Select(c => new CriterionInput(c.Name, c.Points)).ToList();
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

    /// <summary>Blank criterion rows up to <see cref="CriterionRows"/>, to type into.</summary>
    private void Pad()
    {
        while (Input.Criteria.Count < CriterionRows)
        {
            Input.Criteria.Add(new CriterionForm());
        }
    }

    public sealed class MovementForm
    {
        public int OwnerUnitId { get; set; }

        public string? Name { get; set; }

        public MovementKind? Kind { get; set; } = MovementKind.Regular;

        public MovementScope? Scope { get; set; } = MovementScope.Unit;

        public int? ClusterId { get; set; }

        public DateOnly? PeriodFrom { get; set; }

        public DateOnly? PeriodTo { get; set; }

        public DateOnly? LaunchedOn { get; set; }

        public string? LaunchReference { get; set; }

        public string? Goals { get; set; }

        public int MaxPoints { get; set; } = 100;

        public List<CriterionForm> Criteria { get; set; } = [];
    }

    public sealed class CriterionForm
    {
        public string? Name { get; set; }

        public int Points { get; set; }
    }
}
