using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Regimes;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Admin.Regimes;

/// <summary>Adds a regime as data: a copy of a base regime with a new code, name and start date, or a JSON document. Root administrators only.</summary>
[RequirePermission("Awards.ManageRegimes")]
public sealed class CreateModel(ListRegimes list, CreateRegime create, ICurrentUser user) : RegimePageModel(user)
{
    public IReadOnlyList<RegimeSummary> Regimes { get; private set; } = [];

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public DateOnly? EffectiveFrom { get; set; }

    [BindProperty]
    public string? BaseCode { get; set; }

    [BindProperty]
    public string? Document { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!MayChange)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await LoadAsync(ct);
        BaseCode = Regimes.Count > 0 ? Regimes[^1].Code : null;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveAsync(() => create.HandleAsync(new NewRegimeInput(Code, Name, EffectiveFrom, BaseCode), ct), ct);

    public Task<IActionResult> OnPostJsonAsync(CancellationToken ct) => SaveAsync(() => create.HandleAsync(Document ?? string.Empty, ct), ct);

    private Task<IActionResult> SaveAsync(Func<Task<Core.Shared.Result<Core.Awards.Eligibility.Regimes.RegimeParameters>>> save, CancellationToken ct) =>
        WriteAsync(save, async () =>
        {
            await LoadAsync(ct);
            return true;
        }, "Đã thêm chế độ");

    private async Task LoadAsync(CancellationToken ct)
    {
        Regimes = await list.HandleAsync(ct);
        Crumbs.Add(new Crumb("Chế độ pháp lý", "/Admin/Regimes"));
        Crumbs.Add(new Crumb("Thêm chế độ"));
    }
}
