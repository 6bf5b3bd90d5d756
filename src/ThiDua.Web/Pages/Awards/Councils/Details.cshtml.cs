using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Councils;
using ThiDua.Core.Shared;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards.Councils;

/// <summary>A council: its term and members (edited by a manager), its sessions and a new session.</summary>
[RequirePermission("Councils.View")]
public sealed class DetailsModel(CouncilQueries queries, EmulationCalendar calendar) : AppPageModel
{
    public override string Area => "Awards";

    public CouncilDetails Council { get; private set; } = null!;

    public IReadOnlyList<PickerItem> People { get; private set; } = [];

    [BindProperty]
    public CouncilForm Input { get; set; } = new();

    [BindProperty]
    public NewSession Session { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new CouncilForm
        {
            UnitId = Council.UnitId, Name = Council.Name, TermStart = Council.TermStart, TermEnd = Council.TermEnd, Decision = Council.Decision,
            Members = Council.Members.Select(m => new MemberRow { Person = m.Code + " – " + m.FullName, Role = m.Role }).ToList(),
        };
        Pad();
        Session = new NewSession { Year = calendar.LastFinished, Title = $"Phiên họp xét thi đua, khen thưởng năm {calendar.LastFinished}", MeetingOn = calendar.Today.AddDays(14) };
        return Page();
    }

    public async Task<IActionResult> OnPostMembersAsync(int id, [FromServices] UpdateCouncil update, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var (members, unknown) = Input.Resolve(People);
        if (unknown.Count > 0)
        {
            foreach (var u in unknown)
            {
                ModelState.AddModelError("Input.Members", $"Không tìm thấy công chức “{u}” trong đơn vị của Hội đồng.");
            }

            Pad();
            return Page();
        }

        var result = await update.HandleAsync(id, Input.ToInput(members), ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors);
            Pad();
            return Page();
        }

        TempData["Notice"] = "Đã cập nhật Hội đồng.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSessionAsync(int id, [FromServices] CreateSession create, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await create.HandleAsync(id, new SessionInput(Session.Year, Session.Title, Session.MeetingOn, Session.AllowAbstain), ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, "Session");
            if (!await LoadAsync(id, ct))
            {
                return NotFound();
            }

            Pad();
            return Page();
        }

        TempData["Notice"] = "Đã tạo phiên họp; hãy thêm danh sách đề nghị.";
        return RedirectToPage("Session", new { id = result.Value!.Id });
    }

    private void Pad()
    {
        for (var i = 0; i < 3; i++)
        {
            Input.Members.Add(new MemberRow());
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var result = await queries.GetAsync(id, ct);
        if (!result.IsSuccess)
        {
            return false;
        }

        Council = result.Value!;
        if (Council.CanManage)
        {
            People = (await queries.PickersAsync(id, ct))?.People ?? [];
        }

        Crumbs.Clear();
        Crumbs.Add(new Crumb("Hội đồng Thi đua – Khen thưởng", "/Awards/Councils"));
        Crumbs.Add(new Crumb(Council.Name));
        return true;
    }

    public sealed class NewSession
    {
        public int Year { get; set; }

        public string? Title { get; set; }

        public DateOnly? MeetingOn { get; set; }

        public bool AllowAbstain { get; set; }
    }
}
