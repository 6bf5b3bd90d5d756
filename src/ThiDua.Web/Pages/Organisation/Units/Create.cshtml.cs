using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Core.Organisation.Units;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Organisation.Units;

/// <summary>Adds a unit under a parent the user manages.</summary>
[RequirePermission("Organisation.Manage")]
public sealed class CreateModel(CreateUnit create, ListUnits listUnits, TimeProvider clock) : AppPageModel
{
    public override string Area => "Organisation";

    public IReadOnlyList<UnitSummary> Parents { get; private set; } = [];

    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public async Task OnGetAsync(int? parentId, CancellationToken ct)
    {
        Input.ParentId = parentId;
        Input.ValidFrom = VietnameseFormat.Today(clock);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await create.HandleAsync(new CreateUnitInput(Input.Code ?? string.Empty, Input.Name ?? string.Empty, Input.Kind, Input.ParentId,
                Input.ValidFrom ?? VietnameseFormat.Today(clock)), ct);
            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.IsSuccess)
            {
                TempData["Notice"] = "Đã thêm đơn vị.";
                return Redirect("/Organisation/Units/Details/" + result.Value!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            AddErrors(result.Errors);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Parents = (await listUnits.HandleAsync(OrganisationPermissions.Manage, ct)).Where(u => u.ValidTo is null).ToList();
        Crumbs.Add(new Crumb("Đơn vị", "/Organisation/Units"));
        Crumbs.Add(new Crumb("Thêm đơn vị"));
    }

    public sealed class UnitInput
    {
        [Required(ErrorMessage = "Vui lòng nhập mã đơn vị.")]
        public string? Code { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập tên đơn vị.")]
        public string? Name { get; set; }

        public UnitKind Kind { get; set; } = UnitKind.DEPARTMENT;

        public int? ParentId { get; set; }

        public DateOnly? ValidFrom { get; set; }
    }
}
