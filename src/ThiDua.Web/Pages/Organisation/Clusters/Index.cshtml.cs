using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Organisation.Clusters;

/// <summary>The clusters and blocks the user sees, with this year's head and size; creating one on a unit the user manages.</summary>
[RequirePermission("Organisation.View")]
public sealed class IndexModel(ListClusters listClusters, ListUnits listUnits, CreateCluster createCluster, EmulationCalendar calendar, ICurrentUser user) : AppPageModel
{
    public override string Area => "Organisation";

    [BindProperty(SupportsGet = true)]
    public ClusterKind? Kind { get; set; }

    [BindProperty]
    public ClusterInput Input { get; set; } = new();

    public IReadOnlyList<ClusterSummary> Clusters { get; private set; } = [];

    public IReadOnlyList<UnitSummary> OwnerUnits { get; private set; } = [];

    public int CurrentYear => calendar.CurrentYear;

    public string CurrentYearSpan => calendar.Describe(calendar.CurrentYear);

    public bool CanCreate => user.HasAnywhere(OrganisationPermissions.Manage);

    /// <summary>Opens the creation form when it came back with errors.</summary>
    public bool ShowCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!CanCreate)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (ModelState.IsValid)
        {
            var result = await createCluster.HandleAsync(new CreateClusterInput(Input.Code, Input.Name, Input.Kind, Input.OwnerUnitId), ct);
            if (result.IsSuccess)
            {
                return RedirectToPage("/Organisation/Clusters/Details", new { id = result.Value!.Id });
            }

            if (result.IsNotFound)
            {
                ModelState.AddModelError("Input.OwnerUnitId", "Đơn vị không thuộc phạm vi quản lý của bạn.");
            }
            else
            {
                AddErrors(result.Errors);
            }
        }

        ShowCreate = true;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Crumbs.Add(new Crumb("Tổ chức", "/Organisation/Units"));
        Crumbs.Add(new Crumb("Cụm, khối thi đua"));
        Clusters = await listClusters.HandleAsync(Kind, ct);
        if (CanCreate)
        {
            OwnerUnits = (await listUnits.HandleAsync(OrganisationPermissions.Manage, ct)).Where(u => u.ValidTo is null).ToList();
        }
    }

    public sealed class ClusterInput
    {
        [Required(ErrorMessage = "Vui lòng nhập mã cụm, khối (ví dụ: CUM-1).")]
        [StringLength(32, ErrorMessage = "Mã cụm, khối tối đa 32 ký tự.")]
        public string Code { get; set; } = string.Empty;

        [Required(ErrorMessage = "Vui lòng nhập tên cụm, khối.")]
        [StringLength(300, ErrorMessage = "Tên cụm, khối tối đa 300 ký tự.")]
        public string Name { get; set; } = string.Empty;

        public ClusterKind Kind { get; set; } = ClusterKind.CLUSTER;

        [Range(1, int.MaxValue, ErrorMessage = "Vui lòng chọn đơn vị tổ chức cụm, khối.")]
        public int OwnerUnitId { get; set; }
    }
}
