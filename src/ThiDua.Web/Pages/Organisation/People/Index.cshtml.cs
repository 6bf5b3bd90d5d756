using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Core.Shared;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Organisation.People;

/// <summary>People in scope: filter by unit, leader or direct worker and gender; search without diacritics; paged.</summary>
[RequirePermission("Organisation.View")]
public sealed class IndexModel(ListPeople listPeople, ListUnits listUnits) : AppPageModel
{
    public override string Area => "Organisation";

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public Gender? Gender { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Page<PersonSummary> People { get; private set; } = null!;

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    public string PageLink { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        bool? leader = Kind switch { "leader" => true, "direct" => false, _ => null };
        var result = await listPeople.HandleAsync(new ListPeopleInput(UnitId, Q, leader, Gender, new PageRequest(PageNumber, 50)), ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        People = result.Value!;
        Units = await listUnits.HandleAsync(ct);
        Crumbs.Add(new Crumb("Tổ chức", "/Organisation/Units"));
        Crumbs.Add(new Crumb("Công chức, người lao động"));
        var query = new List<string>();
        if (UnitId is not null)
        {
            query.Add("unitId=" + UnitId.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            query.Add("q=" + Uri.EscapeDataString(Q));
        }

        if (!string.IsNullOrEmpty(Kind))
        {
            query.Add("kind=" + Uri.EscapeDataString(Kind));
        }

        if (Gender is not null)
        {
            query.Add("gender=" + Gender);
        }

        query.Add("p=");
        PageLink = "/Organisation/People?" + string.Join("&", query);
        return Page();
    }
}
