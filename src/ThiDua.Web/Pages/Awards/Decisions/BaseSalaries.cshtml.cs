using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Decisions;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards.Decisions;

/// <summary>The base salaries by effective date (national data, ADR 0023); a national administrator adds a new one.</summary>
[RequirePermission("Decisions.View")]
public sealed class BaseSalariesModel(BaseSalaries salaries) : AppPageModel
{
    public override string Area => "Awards";

    public IReadOnlyList<BaseSalaryView> Rows { get; private set; } = [];

    public bool CanManage => salaries.CanManage;

    [BindProperty]
    public BaseSalaryForm Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (!salaries.CanManage)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var result = await salaries.AddAsync(new BaseSalaryInput(Input.EffectiveFrom, Input.Amount, Input.Source, Input.Checked), ct);
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors);
            await LoadAsync(ct);
            return Page();
        }

        TempData["Notice"] = "Đã thêm mức lương cơ sở.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rows = await salaries.ListAsync(ct);
        Crumbs.Add(new Crumb("Quyết định khen thưởng", "/Awards/Decisions"));
        Crumbs.Add(new Crumb("Mức lương cơ sở"));
    }

    public sealed class BaseSalaryForm
    {
        public DateOnly? EffectiveFrom { get; set; }

        public long? Amount { get; set; }

        public string? Source { get; set; }

        public bool Checked { get; set; }
    }
}
