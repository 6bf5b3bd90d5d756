using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation;
using ThiDua.Core.Registrations;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Registrations;

public sealed record UnitOption(int Id, string Code, string Name, int Depth);

/// <summary>
/// The registrations of a unit's subtree for a year: the round and its deadline (an officer changes it), filters,
/// paging, and — for the superior's officer — approve the selected registrations or return them with a reason.
/// </summary>
[RequirePermission("Registrations.View")]
public sealed class IndexModel(RegistrationQueries queries, DecideRegistrations decide, OpenRegistrationRound rounds, EmulationCalendar calendar, AppDbContext db, ICurrentUser user) : AppPageModel
{
    public override string Area => "Registrations";

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public List<int> Selected { get; set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public DateOnly? Deadline { get; set; }

    public RegistrationPage List { get; private set; } = null!;

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public bool CanManage => user.HasAnywhere(RegistrationsPermissions.Manage);

    public bool AnyDecidable => List.Items.Any(i => i.CanDecide);

    public int Pages => List.Total == 0 ? 1 : (List.Total + List.Size - 1) / List.Size;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => DecideAsync(RegistrationAction.Approve, "Đã duyệt các đăng ký đã chọn.", ct);

    public Task<IActionResult> OnPostReturnAsync(CancellationToken ct) => DecideAsync(RegistrationAction.Return, "Đã trả lại các đăng ký đã chọn.", ct);

    public async Task<IActionResult> OnPostDeadlineAsync(CancellationToken ct)
    {
        if (UnitId is not { } unitId)
        {
            return NotFound();
        }

        var result = await rounds.HandleAsync(new RoundInput(unitId, Year ?? calendar.CurrentYear, Deadline), ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, string.Empty);
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        TempData["Notice"] = "Đã lưu hạn đăng ký.";
        return RedirectToPage(new { unitId = UnitId, year = Year });
    }

    private async Task<IActionResult> DecideAsync(RegistrationAction action, string notice, CancellationToken ct)
    {
        var result = await decide.HandleAsync(new DecideRegistrationsInput(Selected, action, Reason), ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, string.Empty);
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        TempData["Notice"] = notice;
        return RedirectToPage(new { unitId = UnitId, year = Year, status = Status, kind = Kind, q = Q });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Year ??= calendar.CurrentYear;
        if (Year is < 2000 or > 2999)
        {
            Year = calendar.CurrentYear;
        }

        RegistrationStatus? status = CodeOf<RegistrationStatus>.TryParse(Status, out var s) ? s : null;
        var result = await queries.ListAsync(new RegistrationQuery(UnitId, Year.Value, status, Kind, Q, PageNumber, 50), ct);
        if (result.IsNotFound)
        {
            return false;
        }

        List = result.Value!;
        UnitId = List.UnitId;
        Units = await UnitOptionsAsync(db, user, ct);
        Crumbs.Add(new Crumb("Đăng ký thi đua"));
        return true;
    }

    internal static async Task<IReadOnlyList<UnitOption>> UnitOptionsAsync(AppDbContext db, ICurrentUser user, CancellationToken ct) =>
        await db.Units.AsNoTracking().InScope(user.ScopePaths(RegistrationsPermissions.View))
            .Where(u => u.ValidTo == null && u.Kind != UnitKind.DEPARTMENT)
            .OrderBy(u => u.Path).Select(u => new UnitOption(u.Id, u.Code, u.Name, u.Depth)).Take(500).ToListAsync(ct);

    public string Link(int page) => $"?unitId={UnitId}&year={Year}&status={Status}&kind={Kind}&q={Uri.EscapeDataString(Q ?? string.Empty)}&p={page}";
}
