using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Organisation.People;

/// <summary>A person's profile (the full timeline comes with the yearly records). Outside the scope: 404.</summary>
[RequirePermission("Organisation.View")]
public sealed class DetailsModel(GetPerson getPerson) : AppPageModel
{
    public override string Area => "Organisation";

    public PersonSummary Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await getPerson.HandleAsync(id, ct);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Person = result.Value!;
        Crumbs.Add(new Crumb("Công chức, người lao động", "/Organisation/People"));
        Crumbs.Add(new Crumb(Person.UnitName, "/Organisation/Units/Details/" + Person.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Crumbs.Add(new Crumb(Person.FullName));
        return Page();
    }
}
