using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Data;
using ThiDua.Core.Registrations;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Registrations;

/// <summary>Registration coverage of a unit's subtree: % of units and of people registered, per unit, and who has not.</summary>
[RequirePermission("Registrations.View")]
public sealed class CoverageModel(RegistrationQueries queries, EmulationCalendar calendar, AppDbContext db, ICurrentUser user) : AppPageModel
{
    public override string Area => "Registrations";

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public RegistrationCoverage Coverage { get; private set; } = null!;

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var year = Year is >= 2000 and <= 2999 ? Year.Value : calendar.CurrentYear;
        var result = await queries.CoverageAsync(UnitId, year, ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        Coverage = result.Value!;
        Units = await IndexModel.UnitOptionsAsync(db, user, ct);
        Crumbs.Add(new Crumb("Đăng ký thi đua", $"/Registrations?unitId={Coverage.UnitId}&year={year}"));
        Crumbs.Add(new Crumb("Mức độ đăng ký"));
        return Page();
    }

    public static string Percent(decimal? share) => share is { } s ? s.ToString("0.#", VietnameseFormat.Culture) + " %" : "–";
}
