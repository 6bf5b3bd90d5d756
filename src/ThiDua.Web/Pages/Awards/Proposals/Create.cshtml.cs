using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Proposals;
using ThiDua.Core.Shared;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards.Proposals;

/// <summary>
/// Makes a proposal: from the candidate list (the link prefills the person or collective, the title and the year,
/// route AUTOMATIC) or by hand for a route that needs judgement (DOT_XUAT …) with a written justification. The person
/// or collective is given by code (LSN-0100, LSN-KV1); the deciding unit defaults to the proposing unit's parent.
/// </summary>
[RequirePermission("Proposals.Propose")]
public sealed class CreateModel(ProposalQueries queries, EmulationCalendar calendar) : AppPageModel
{
    public override string Area => "Awards";

    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public IReadOnlyList<ProposalQueries.UnitOption> Units { get; private set; } = [];

    public string? SubjectName { get; private set; }

    public static IEnumerable<AwardCode> AwardCodes => Enum.GetValues<AwardCode>();

    public async Task OnGetAsync(int? personId, int? unitId, string? code, int? year, CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Year = year ?? calendar.LastFinished;
        Input.Code = code ?? "LDTT";
        Input.SubjectCode = await queries.CodeOfAsync(personId, unitId, ct);
        Input.Route = personId is null && unitId is null ? "BY_HAND" : "AUTOMATIC";
        Input.ProposingUnitId = Units.Count > 0 ? Units[0].Id : 0;
        if (Input.SubjectCode is not null)
        {
            SubjectName = (await queries.FindSubjectAsync(Input.SubjectCode, ct)).Name;
        }
    }

    public async Task<IActionResult> OnPostAsync([FromServices] CreateProposal create, CancellationToken ct)
    {
        await LoadAsync(ct);
        var (personId, unitId, name) = await queries.FindSubjectAsync(Input.SubjectCode, ct);
        SubjectName = name;
        if (personId is null && unitId is null)
        {
            ModelState.AddModelError("Input.SubjectCode", $"Không tìm thấy công chức hoặc đơn vị có mã \"{Input.SubjectCode}\" trong phạm vi của bạn (ví dụ LSN-0100, LSN-KV1).");
            return Page();
        }

        if (!CodeOf<ProposalRoute>.TryParse(Input.Route, out var route))
        {
            route = ProposalRoute.Automatic;
        }

        var result = await create.HandleAsync(new ProposalInput(Input.ProposingUnitId, personId, unitId, Input.Code, Input.Year, route,
            route == ProposalRoute.ByHand ? Input.RouteCode : null, Input.Justification, Input.DecidingUnitId is > 0 ? Input.DecidingUnitId : null), ct);
        if (result.IsNotFound)
        {
            ModelState.AddModelError("Input.SubjectCode", "Cá nhân, tập thể này không thuộc đơn vị đề nghị đã chọn, hoặc ngoài phạm vi của bạn.");
            return Page();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors);
            return Page();
        }

        TempData["Notice"] = "Đã lập đề nghị (dự thảo): hãy soạn, ký và tải lên đủ hồ sơ rồi trình cấp trên.";
        return RedirectToPage("Details", new { id = result.Value!.Id });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await queries.ProposingUnitsAsync(ct);
        Crumbs.Add(new Crumb("Đề nghị khen thưởng", "/Awards/Proposals"));
        Crumbs.Add(new Crumb("Lập đề nghị"));
    }

    public sealed class CreateInput
    {
        public int ProposingUnitId { get; set; }

        public string? SubjectCode { get; set; }

        public string? Code { get; set; }

        public int Year { get; set; }

        public string? Route { get; set; }

        public string? RouteCode { get; set; }

        public string? Justification { get; set; }

        public int? DecidingUnitId { get; set; }
    }
}
