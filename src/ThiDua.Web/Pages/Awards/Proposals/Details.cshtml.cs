using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Proposals;
using ThiDua.Core.Shared;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards.Proposals;

/// <summary>
/// One proposal: its steps and deadline, the dossier checklist with the drafts to download and the uploads, the
/// eligibility verdict frozen at submission with its articles, the council's result, and the step buttons of the side
/// the user acts for (the proposing unit: submit; the deciding unit: receive, review, approve, return, reject).
/// </summary>
[RequirePermission("Proposals.View")]
public sealed class DetailsModel(ProposalQueries queries) : AppPageModel
{
    public override string Area => "Awards";

    public ProposalDetails Details { get; private set; } = null!;

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

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var result = await queries.GetAsync(id, ct);
        if (!result.IsSuccess)
        {
            return false;
        }

        Details = result.Value!;
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
    }
}
