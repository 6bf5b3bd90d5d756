using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Movements;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Movements;

/// <summary>The movements the user sees, newest first, with filters (year, kind, words without diacritics) and paging.</summary>
[RequirePermission("Movements.View")]
public sealed class IndexModel(MovementQueries queries, EmulationCalendar calendar, ICurrentUser user) : AppPageModel
{
    public override string Area => "Movements";

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public MovementPage Movements { get; private set; } = null!;

    public bool CanLaunch => user.HasAnywhere(MovementsPermissions.Manage);

    public int Pages => Movements.Total == 0 ? 1 : (Movements.Total + Movements.Size - 1) / Movements.Size;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= calendar.CurrentYear;
        MovementKind? kind = CodeOf<MovementKind>.TryParse(Kind, out var k) ? k : null;
        Movements = (await queries.ListAsync(new MovementQuery(null, Year is < 2000 or > 2999 ? null : Year, kind, Q, PageNumber, 30), ct)).Value!;
        Crumbs.Add(new Crumb("Phong trào thi đua"));
    }

    public string Link(int page) => $"?year={Year}&kind={Kind}&q={Uri.EscapeDataString(Q ?? string.Empty)}&page={page}";
}
