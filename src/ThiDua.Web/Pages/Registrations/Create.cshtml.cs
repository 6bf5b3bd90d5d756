using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Data;
using ThiDua.Core.Registrations;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Registrations;

/// <summary>One row of the multi-row form: a person or a collective not yet registered, and the title chosen (empty: skipped).</summary>
public sealed class CreateRow
{
    public int? PersonId { get; set; }

    public int? CollectiveId { get; set; }

    public string? Title { get; set; }
}

/// <summary>
/// An officer registers a list on people's and collectives' behalf: every person and collective of the unit that has
/// not registered yet is a row with a title to choose; the rows with a title are filed at once (all or nothing), and
/// sent to the superior when "Gửi duyệt ngay" is ticked. After the deadline a reason is required. The same list can
/// come from an .xlsx/.csv file (<see cref="ImportRegistrations"/>, all or nothing, errors by row and column).
/// </summary>
[RequirePermission("Registrations.Manage")]
public sealed class CreateModel(RegistrationQueries queries, FileRegistrations file, ImportRegistrations import, EmulationCalendar calendar, AppDbContext db, ICurrentUser user) : AppPageModel
{
    public override string Area => "Registrations";

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public List<CreateRow> Rows { get; set; } = [];

    [BindProperty]
    public bool Submit { get; set; } = true;

    [BindProperty]
    public string? LateReason { get; set; }

    public RegistrationCoverage Coverage { get; private set; } = null!;

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    /// <summary>The file section stays open after a refused file, so its errors sit next to it.</summary>
    public bool ShowImport { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var entries = Rows.Where(r => !string.IsNullOrEmpty(r.Title))
            .Select(r => new RegistrationEntry(r.PersonId, r.PersonId is null ? r.CollectiveId : null, CodeOf<AwardCode>.TryParse(r.Title, out var t) ? t : null)).ToList();
        var year = Year is >= 2000 and <= 2999 ? Year.Value : calendar.CurrentYear;
        var result = await file.HandleAsync(new FileRegistrationsInput(year, entries, Submit, LateReason), ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, string.Empty);
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        TempData["Notice"] = Submit ? "Đã đăng ký và gửi duyệt." : "Đã lưu đăng ký (nháp).";
        return RedirectToPage("/Registrations/Index", new { unitId = UnitId, year });
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? upload, CancellationToken ct)
    {
        var year = Year is >= 2000 and <= 2999 ? Year.Value : calendar.CurrentYear;
        ShowImport = true;
        if (upload is null || upload.Length == 0)
        {
            ModelState.AddModelError("upload", "Tệp đăng ký: hãy chọn tệp .xlsx hoặc .csv.");
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        Result<IReadOnlyList<Registration>> result;
        await using (var stream = upload.OpenReadStream())
        {
            result = await import.HandleAsync(stream, Path.GetFileName(upload.FileName), year, Submit, LateReason, ct);
        }

        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, string.Empty);
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        TempData["Notice"] = Submit ? $"Đã đăng ký theo tệp {result.Value!.Count} dòng và gửi duyệt." : $"Đã lưu {result.Value!.Count} đăng ký theo tệp (nháp).";
        return RedirectToPage("/Registrations/Index", new { unitId = UnitId, year });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Year = Year is >= 2000 and <= 2999 ? Year : calendar.CurrentYear;
        var root = await queries.RootAsync(UnitId, ct);
        if (root is null || !user.CanAccess(RegistrationsPermissions.Manage, root.Path))
        {
            return false;
        }

        Coverage = (await queries.CoverageAsync(root.Id, Year.Value, ct)).Value!;
        UnitId = root.Id;
        Units = (await IndexModel.UnitOptionsAsync(db, user, ct)).ToList();
        Crumbs.Add(new Crumb("Đăng ký thi đua", $"/Registrations?unitId={root.Id}&year={Year}"));
        Crumbs.Add(new Crumb("Đăng ký thay theo danh sách"));
        return true;
    }
}
