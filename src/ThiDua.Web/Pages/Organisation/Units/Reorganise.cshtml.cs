using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Core.Organisation.Units;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Organisation.Units;

/// <summary>
/// Merge several units into one (existing or new), or split one into several, on a date — as on 1 July 2025. Staff
/// move to the successor (in a split, to the first successor; officers then transfer those who go elsewhere).
/// </summary>
[RequirePermission("Organisation.Manage")]
public sealed class ReorganiseModel(ReorganiseUnits reorganise, ListUnits listUnits) : AppPageModel
{
    public override string Area => "Organisation";

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    [BindProperty]
    public ReorganiseForm Input { get; set; } = new();

    public async Task OnGetAsync(int? from, CancellationToken ct)
    {
        if (from is int id)
        {
            Input.PredecessorIds = [id];
        }

        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var newSuccessor = string.IsNullOrWhiteSpace(Input.NewCode) && string.IsNullOrWhiteSpace(Input.NewName)
            ? null
            : new CreateUnitInput(Input.NewCode ?? string.Empty, Input.NewName ?? string.Empty, Input.NewKind, Input.NewParentId, Input.On ?? default);
        if (Input.On is null)
        {
            ModelState.AddModelError("Input.On", "Vui lòng chọn ngày sắp xếp có hiệu lực.");
        }
        else
        {
            var result = await reorganise.HandleAsync(new ReorganiseInput(Input.Kind, Input.PredecessorIds, Input.SuccessorIds,
                newSuccessor is null ? [] : [newSuccessor], Input.On.Value, Input.DecisionRef), ct);
            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.IsSuccess)
            {
                TempData["Notice"] = "Đã sắp xếp tổ chức: đơn vị cũ ngừng hoạt động, công chức đã chuyển sang đơn vị kế thừa.";
                return Redirect("/Organisation/Units/Details/" + result.Value![0].SuccessorId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            AddErrors(result.Errors.Select(e => e with { Field = e.Field.StartsWith("NewSuccessors[0].", StringComparison.Ordinal) ? "New" + e.Field["NewSuccessors[0].".Length..] : e.Field }));
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = (await listUnits.HandleAsync(OrganisationPermissions.Manage, ct)).Where(u => u.ValidTo is null).ToList();
        Crumbs.Add(new Crumb("Đơn vị", "/Organisation/Units"));
        Crumbs.Add(new Crumb("Sáp nhập, chia tách"));
    }

    public sealed class ReorganiseForm
    {
        public SuccessionKind Kind { get; set; } = SuccessionKind.MERGE;

        public List<int> PredecessorIds { get; set; } = [];

        public List<int> SuccessorIds { get; set; } = [];

        public string? NewCode { get; set; }

        public string? NewName { get; set; }

        public UnitKind NewKind { get; set; } = UnitKind.REGIONAL;

        public int? NewParentId { get; set; }

        public DateOnly? On { get; set; }

        public string? DecisionRef { get; set; }
    }
}
