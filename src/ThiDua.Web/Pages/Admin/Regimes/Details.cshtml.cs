using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Regimes;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Admin.Regimes;

/// <summary>One regime: every parameter by rules.md section, its citation, [unchecked] badge and what differs from its base; delete for added ones.</summary>
[RequirePermission("Awards.CheckEligibility")]
public sealed class DetailsModel(GetRegime get, DeleteRegime delete, ICurrentUser user) : RegimePageModel(user)
{
    public RegimeDetail Regime { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDeleteAsync(string code, CancellationToken ct)
    {
        var result = await delete.HandleAsync(code, ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, string.Empty);
            return await LoadAsync(code, ct) ? Page() : NotFound();
        }

        TempData["Notice"] = "Đã xóa chế độ " + code + ".";
        return RedirectToPage("/Admin/Regimes/Index");
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        Regime = (await LoadRegimeAsync(get, code, below: false, ct))!;
        return Regime is not null;
    }
}
