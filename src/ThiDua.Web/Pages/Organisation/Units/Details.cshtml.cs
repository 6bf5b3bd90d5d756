using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Core.Shared;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Organisation.Units;

/// <summary>One unit: its place in the tree, its sub-units and its people. Outside the scope: 404.</summary>
[RequirePermission("Organisation.View")]
public sealed class DetailsModel(GetUnit getUnit, ListPeople listPeople) : AppPageModel
{
    public override string Area => "Organisation";

    public UnitDetail Detail { get; private set; } = null!;

    public Page<PersonSummary> People { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int p = 1, CancellationToken ct = default)
    {
        var result = await getUnit.HandleAsync(id, ct);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Detail = result.Value!;
        People = (await listPeople.HandleAsync(new ListPeopleInput(id, Page: new PageRequest(p, 50)), ct)).Value!;
        Crumbs.Add(new Crumb("Đơn vị", "/Organisation/Units"));
        foreach (var ancestor in Detail.Ancestors)
        {
            Crumbs.Add(new Crumb(ancestor.Name, "/Organisation/Units/Details/" + ancestor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Crumbs.Add(new Crumb(Detail.Unit.Name));
        return Page();
    }
}
