using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Councils;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards.Councils;

/// <summary>The councils of the user's units, and establishing one (unit, name, term; members are added on its page).</summary>
[RequirePermission("Councils.View")]
public sealed class IndexModel(CouncilQueries queries, ICurrentUser user) : AppPageModel
{
    public override string Area => "Awards";

    public IReadOnlyList<CouncilSummary> Councils { get; private set; } = [];

    public IReadOnlyList<PickerItem> Units { get; private set; } = [];

    public IReadOnlyList<PickerItem> People { get; private set; } = [];

    public bool CanCreate => user.HasAnywhere(CouncilsPermissions.Manage);

    [BindProperty]
    public CouncilForm Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync([FromServices] CreateCouncil create, [FromServices] Core.Data.AppDbContext db, CancellationToken ct)
    {
        await LoadAsync(ct);
        var path = db.Units.Where(u => u.Id == Input.UnitId).Select(u => u.Path).FirstOrDefault();
        var people = path is null ? [] : db.People.Where(p => p.Unit.Path.StartsWith(path)).Select(p => new PickerItem(p.Id, p.Code, p.FullName)).ToList();
        var (members, unknown) = Input.Resolve(people);
        foreach (var u in unknown)
        {
            ModelState.AddModelError("Input.Members", $"Không tìm thấy công chức “{u}” trong đơn vị đã chọn.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await create.HandleAsync(Input.ToInput(members), ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors);
            return Page();
        }

        TempData["Notice"] = "Đã thành lập Hội đồng.";
        return RedirectToPage("Details", new { id = result.Value!.Id });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Councils = await queries.ListAsync(ct);
        Units = CanCreate ? await queries.ManageableUnitsAsync(ct) : [];
        Crumbs.Add(new Crumb("Hội đồng Thi đua – Khen thưởng"));
        while (Input.Members.Count < 5)
        {
            Input.Members.Add(new MemberRow { Role = Input.Members.Count switch { 0 => CouncilRole.Chair, 1 => CouncilRole.Secretary, _ => CouncilRole.Member } });
        }
    }
}
