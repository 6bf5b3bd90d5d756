using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Regimes;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Admin.Regimes;

/// <summary>
/// Edits a regime: one input per parameter by its type, its checked flag and citation, the name, sources and end
/// date; or a JSON document laid over it. Root administrators only (the law is national).
/// </summary>
[RequirePermission("Awards.ManageRegimes")]
public sealed class EditModel(GetRegime get, UpdateRegime update, ICurrentUser user) : RegimePageModel(user)
{
    public RegimeDetail Regime { get; private set; } = null!;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Sources { get; set; }

    [BindProperty]
    public DateOnly? EffectiveTo { get; set; }

    [BindProperty]
    public Dictionary<string, ParamForm> P { get; set; } = new(StringComparer.Ordinal);

    [BindProperty]
    public string? Document { get; set; }

    /// <summary>True after a refused post: the inputs show what was typed, not what is stored.</summary>
    public bool Posted { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!MayChange)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        var s = Regime.Summary;
        Name = s.Name;
        Sources = string.Join("\n", Regime.Sources);
        EffectiveTo = Regime.Document["effectiveTo"]?.GetValue<string>() is { } to ? DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture) : null;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        var parameters = P.ToDictionary(p => Key(p.Key), p => new RegimeParamInput(p.Value.Value, p.Value.Checked, p.Value.Citation), StringComparer.Ordinal);
        return SaveAsync(code, () => update.HandleAsync(code, new RegimeFormInput(Name, Sources, EffectiveTo, parameters), ct), ct);
    }

    public Task<IActionResult> OnPostJsonAsync(string code, CancellationToken ct) => SaveAsync(code, () => update.HandleAsync(code, Document ?? string.Empty, ct), ct);

    private Task<IActionResult> SaveAsync(string code, Func<Task<Core.Shared.Result<Core.Awards.Eligibility.Regimes.RegimeParameters>>> save, CancellationToken ct) =>
        WriteAsync(save, () =>
        {
            Posted = true;
            return LoadAsync(code, ct);
        }, "Đã lưu chế độ");

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        Regime = (await LoadRegimeAsync(get, code, below: true, ct))!;
        Crumbs.Add(new Crumb("Sửa tham số"));
        return Regime is not null;
    }
}
