using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Decisions;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards.Decisions;

/// <summary>The award decisions of the issuing units in scope, per unit and year, searchable without diacritics, paged.</summary>
[RequirePermission("Decisions.View")]
public sealed class IndexModel(DecisionQueries queries, ICurrentUser user) : AppPageModel
{
    public override string Area => "Awards";

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Core.Shared.Page<DecisionSummary> Decisions { get; private set; } = new([], 1, 25, 0);

    public IReadOnlyList<IssuingUnitChoice> Units { get; private set; } = [];

    public bool CanDraft => user.HasAnywhere(DecisionsPermissions.Draft);

    public string PageLink => "/Awards/Decisions?" + string.Join("&", new[]
    {
        UnitId is null ? null : "unitId=" + UnitId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Year is null ? null : "year=" + Year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        string.IsNullOrEmpty(Status) ? null : "status=" + Uri.EscapeDataString(Status),
        string.IsNullOrEmpty(Q) ? null : "q=" + Uri.EscapeDataString(Q),
        "p=",
    }.Where(p => p is not null));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Units = await queries.IssuingUnitsAsync(forDraft: false, ct);
        var result = await queries.ListAsync(new DecisionFilter(UnitId, Year is < 2000 or > 2999 ? null : Year, Status, Q, PageNumber, 25), ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, string.Empty);
        }
        else
        {
            Decisions = result.Value!;
        }

        Crumbs.Add(new Crumb("Quyết định khen thưởng"));
        return Page();
    }

    public static string Badge(DecisionStatus status) => status switch
    {
        DecisionStatus.Issued => "text-bg-success",
        DecisionStatus.Revoked => "text-bg-danger",
        _ => "text-bg-secondary",
    };
}
