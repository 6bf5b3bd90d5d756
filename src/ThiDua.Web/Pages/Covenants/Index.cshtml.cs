using ThiDua.Core.Covenants;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Covenants;

/// <summary>The covenants of the clusters and blocks the user's units belong to or organise, by year, with how many members have signed.</summary>
[RequirePermission("Covenants.View")]
public sealed class IndexModel(CovenantQueries queries, EmulationCalendar calendar, ICurrentUser user) : AppPageModel
{
    public override string Area => "Registrations";

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<CovenantSummary> Covenants { get; private set; } = [];

    public bool CanDraft => user.HasAnywhere(CovenantsPermissions.Manage);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= calendar.CurrentYear;
        Covenants = await queries.ListAsync(Year is < 2000 or > 2999 ? null : Year, null, ct);
        Crumbs.Add(new Crumb("Giao ước thi đua"));
    }
}
