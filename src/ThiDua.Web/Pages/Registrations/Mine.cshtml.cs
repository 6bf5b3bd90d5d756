using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Registrations;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Registrations;

/// <summary>A staff member's own registration for the current year: register a title and send it, see its status.</summary>
[RequirePermission("Registrations.RegisterSelf")]
public sealed class MineModel(RegistrationQueries queries, FileRegistrations file, DecideRegistrations decide, EmulationCalendar calendar) : AppPageModel
{
    public override string Area => "Registrations";

    [BindProperty]
    public string? Title { get; set; }

    public MyRegistration? Mine { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Mine = (await queries.MineAsync(calendar.CurrentYear, ct)).Value;
        Crumbs.Add(new Crumb("Đăng ký của tôi"));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var mine = (await queries.MineAsync(calendar.CurrentYear, ct)).Value;
        if (mine is null)
        {
            return NotFound();
        }

        AwardCode? title = CodeOf<AwardCode>.TryParse(Title, out var t) ? t : null;
        var result = await file.HandleAsync(new FileRegistrationsInput(mine.Year, [new RegistrationEntry(mine.PersonId, null, title)], true, null), ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, string.Empty);
            return await OnGetAsync(ct);
        }

        TempData["Notice"] = "Đã đăng ký và gửi duyệt.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResubmitAsync(int id, CancellationToken ct)
    {
        var result = await decide.HandleAsync(new DecideRegistrationsInput([id], RegistrationAction.Submit, null), ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, string.Empty);
            return await OnGetAsync(ct);
        }

        TempData["Notice"] = "Đã đăng ký và gửi duyệt.";
        return RedirectToPage();
    }
}
