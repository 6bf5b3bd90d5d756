using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Movements;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Movements;

/// <summary>One movement: goals, criteria with points, the responses, and the launch coverage of the subordinate units.</summary>
[RequirePermission("Movements.View")]
public sealed class DetailsModel(MovementQueries queries) : AppPageModel
{
    public override string Area => "Movements";

    public MovementDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await queries.GetAsync(id, ct);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Details = result.Value!;
        Crumbs.Add(new Crumb("Phong trào thi đua", "/Movements"));
        Crumbs.Add(new Crumb(Details.Movement.Name));
        return Page();
    }
}
