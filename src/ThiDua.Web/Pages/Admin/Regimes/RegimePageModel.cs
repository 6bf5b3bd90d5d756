using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards;
using ThiDua.Core.Awards.Eligibility.Regimes;
using ThiDua.Core.Awards.Regimes;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Web.Pages.Admin.Regimes;

/// <summary>One parameter's inputs in the edit form.</summary>
public sealed class ParamForm
{
    public string? Value { get; set; }

    public bool Checked { get; set; }

    public string? Citation { get; set; }
}

/// <summary>
/// Base of the regime pages: the Khen thưởng area, the root-only rule of writes (ADR 0012), errors by parameter and the
/// regime's breadcrumbs.
/// </summary>
public abstract class RegimePageModel(ICurrentUser user) : AppPageModel
{
    public override string Area => "Awards";

    /// <summary>An Administrator granted at the root unit: a province's administrator may read, not change.</summary>
    public bool MayChange => user.HasAtRoot(AwardsPermissions.ManageRegimes);

    /// <summary>The refused write's messages by parameter (JSON name), shown at the top and beside each input.</summary>
    public Dictionary<string, List<string>> Errors { get; private set; } = [];

    /// <summary>Form names of parameters: "awardMoneyCoefficients.CSTDTQ" has a dot, which model binding would read as a path.</summary>
    public static string FormKey(string key) => key.Replace(".", "__", StringComparison.Ordinal);

    protected static string Key(string formKey) => formKey.Replace("__", ".", StringComparison.Ordinal);

    /// <summary>
    /// Runs a write: 403 unless <see cref="MayChange"/>; not found → 404; refused → the page again with the errors
    /// (<paramref name="reload"/> loads its data); done → the notice and the regime's page (post/redirect/get).
    /// </summary>
    protected async Task<IActionResult> WriteAsync(Func<Task<Result<RegimeParameters>>> save, Func<Task<bool>> reload, string notice)
    {
        if (!MayChange)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var result = await save();
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            Errors = result.Errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToList(), StringComparer.Ordinal);
            return await reload() ? Page() : NotFound();
        }

        TempData["Notice"] = notice + " " + result.Value!.Code + ".";
        return RedirectToPage("/Admin/Regimes/Details", new { code = result.Value.Code });
    }

    /// <summary>The regime with the crumbs "Chế độ pháp lý / code" (the code linked when the page is below the regime's own).</summary>
    protected async Task<RegimeDetail?> LoadRegimeAsync(GetRegime get, string code, bool below, CancellationToken ct)
    {
        var result = await get.HandleAsync(code, ct);
        if (!result.IsSuccess)
        {
            return null;
        }

        Crumbs.Add(new Crumb("Chế độ pháp lý", "/Admin/Regimes"));
        Crumbs.Add(new Crumb(code, below ? "/Admin/Regimes/Details/" + code : null));
        return result.Value;
    }
}
