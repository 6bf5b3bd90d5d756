using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Councils;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Calendar;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Admin.Calendar;

/// <summary>The working-day calendar of a year: days off and worked weekends; added and removed at the root only (audited).</summary>
[RequirePermission("Councils.View")]
public sealed class IndexModel(ManageCalendar calendar, TimeProvider clock) : AppPageModel
{
    public override string Area => "Awards";

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public CalendarYear Days { get; private set; } = null!;

    [BindProperty]
    public DayForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var result = await calendar.AddAsync(Input.Date, Input.Kind, Input.Name, ct);
        return await AfterAsync(result, "Đã thêm ngày vào lịch.", ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string date, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return NotFound();
        }

        return await AfterAsync(await calendar.RemoveAsync(day, ct), "Đã xóa ngày khỏi lịch.", ct);
    }

    private async Task<IActionResult> AfterAsync(Result<CalendarDayView> result, string notice, CancellationToken ct)
    {
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors);
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        TempData["Notice"] = notice;
        return RedirectToPage(new { year = result.Value!.Date.Year });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Year ??= VietnameseFormat.Today(clock).Year;
        var result = await calendar.ListAsync(Year.Value, ct);
        if (!result.IsSuccess)
        {
            Year = VietnameseFormat.Today(clock).Year;
            result = await calendar.ListAsync(Year.Value, ct);
        }

        Days = result.Value!;
        Crumbs.Clear();
        Crumbs.Add(new Crumb("Lịch làm việc"));
        return true;
    }

    public sealed class DayForm
    {
        public DateOnly? Date { get; set; }

        public CalendarDayKind Kind { get; set; }

        public string? Name { get; set; }
    }
}
