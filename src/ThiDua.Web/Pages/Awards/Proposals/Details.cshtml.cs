using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Proposals;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards.Proposals;

/// <summary>
/// One proposal: its steps and deadline, the dossier checklist with the drafts to download and the uploads, the
/// eligibility verdict frozen at submission with its articles, the council's result, and the step buttons of the side
/// the user acts for (the proposing unit: submit; the deciding unit: receive, review, approve, return, reject).
/// </summary>
[RequirePermission("Proposals.View")]
public sealed class DetailsModel(ProposalQueries queries, PutProposalOnAgenda agenda, ICurrentUser user) : AppPageModel
{
    public override string Area => "Awards";

    public ProposalDetails Details { get; private set; } = null!;

    /// <summary>Sessions of the deciding unit's council that still take candidates (for a proposal under review).</summary>
    public IReadOnlyList<AgendaSession> Sessions { get; private set; } = [];

    /// <summary>Whether the user drafts the deciding unit's decisions (an approved proposal becomes a draft decision).</summary>
    public bool CanDraftDecision { get; private set; }

    [BindProperty]
    public FormInput Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(int id, string item, IFormFile? file, [FromServices] UploadProposalDocument upload, CancellationToken ct)
    {
        if (file is null)
        {
            ModelState.AddModelError("Form.File", "Vui lòng chọn tệp để tải lên.");
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return await SubmitAsync(() => upload.HandleAsync(id, new DossierUpload(item, file.FileName, buffer.ToArray()), ct), () => LoadAsync(id, ct),
            "Đã tải lên tệp hồ sơ.", new { id });
    }

    public Task<IActionResult> OnPostStepAsync(int id, string step, [FromServices] ChangeProposalStep change, CancellationToken ct) =>
        SubmitAsync(() => CodeOf<ProposalStepCode>.TryParse(step, out var code)
                ? change.HandleAsync(id, ProposalSteps.ActionOf(code), Form.Reason, ct)
                : Task.FromResult(Result<Proposal>.Invalid(new FieldError("Action", "Bước không hợp lệ."))),
            () => LoadAsync(id, ct), ProposalPageTexts.StepNotice(step), new { id });

    public Task<IActionResult> OnPostCouncilAsync(int id, [FromServices] RecordProposalCouncilResult council, CancellationToken ct) =>
        SubmitAsync(() => council.HandleAsync(id, new CouncilResultInput(Form.YesVotes >= Form.RequiredVotes, Form.YesVotes, Form.RequiredVotes, Form.Members, Form.SessionRef), ct),
            () => LoadAsync(id, ct), "Đã ghi kết quả Hội đồng.", new { id });

    public Task<IActionResult> OnPostAgendaAsync(int id, int sessionId, CancellationToken ct) =>
        SubmitAsync(() => agenda.HandleAsync(id, sessionId, ct), () => LoadAsync(id, ct), "Đã đưa đề nghị vào danh sách của phiên họp Hội đồng.", new { id });

    public async Task<IActionResult> OnPostDecisionAsync(int id, [FromServices] ThiDua.Core.Awards.Decisions.DraftDecisionFromProposals draft, CancellationToken ct)
    {
        var result = await draft.HandleAsync(new ThiDua.Core.Awards.Decisions.DecisionFromProposalsInput([id], Form.SignerPosition, Form.SignerName, Form.Achievement), ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, "Form");
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        TempData["Notice"] = "Đã lập dự thảo quyết định khen thưởng từ đề nghị; hãy kiểm tra nội dung, người ký rồi trình lãnh đạo ban hành.";
        return Redirect($"/Awards/Decisions/Details/{result.Value!.Id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var result = await queries.GetAsync(id, ct);
        if (!result.IsSuccess)
        {
            return false;
        }

        Details = result.Value!;
        if (Details.CanReview && Details.Row.Status is ProposalStatus.Received or ProposalStatus.UnderReview)
        {
            Sessions = await agenda.SessionsAsync(Details.DecidingUnitId, ct);
        }

        // The handler checks Decisions.Draft on the deciding unit itself; reviewing there is the same subtree.
        CanDraftDecision = Details.Row.Status == ProposalStatus.Approved && Details.CanReview
            && user.HasAnywhere(ThiDua.Core.Awards.Decisions.DecisionsPermissions.Draft);
        Crumbs.Add(new Crumb("Đề nghị khen thưởng", "/Awards/Proposals"));
        Crumbs.Add(new Crumb(Details.Row.SubjectName));
        return true;
    }

    public sealed class FormInput
    {
        public string? Reason { get; set; }

        public int YesVotes { get; set; }

        public int RequiredVotes { get; set; }

        public int Members { get; set; }

        public string? SessionRef { get; set; }

        public string? SignerPosition { get; set; }

        public string? SignerName { get; set; }

        public string? Achievement { get; set; }
    }
}
