using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Councils;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards.Councils;

/// <summary>
/// A council session: the agenda (added by hand or from the eligibility list), the public posting and its comments,
/// the secret ballot (a form per candidate; the secretary also enters written ballots), the close, the published
/// tally with every receipt, and the minutes. The receipt is shown once, in the answer to the ballot itself (never in
/// a redirect's address or a cookie).
/// </summary>
[RequirePermission("Councils.View")]
public sealed class SessionModel(CouncilQueries queries, TimeProvider clock) : AppPageModel
{
    public override string Area => "Awards";

    public SessionDetails Details { get; private set; } = null!;

    public IReadOnlyList<PickerItem> People { get; private set; } = [];

    public IReadOnlyList<PickerItem> Units { get; private set; } = [];

    /// <summary>Today in Vietnam as yyyy-MM-dd, the posting start's default.</summary>
    public string TodayIso => Core.Shared.VietnameseFormat.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The receipt of the ballot just cast, shown once.</summary>
    public BallotReceipt? Receipt { get; private set; }

    [BindProperty]
    public SessionForm Form { get; set; } = new();

    public static IReadOnlyList<string> Codes { get; } = ["LDTT", "CSTDCS", "CSTDBO", "CSTDTQ", "BKBO", "BKTTG", "TTLDTT", "TTLDXS", "CTDBO"];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(int id, [FromServices] AddSessionCandidates add, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var code = Form.Who?.Split(' ', 2)[0].Trim() ?? string.Empty;
        var collective = Form.Kind == CandidateKind.Collective;
        var pick = (collective ? Units : People).FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));
        if (pick is null)
        {
            ModelState.AddModelError("Form.Who", collective ? $"Không tìm thấy tập thể “{Form.Who}” trong đơn vị của Hội đồng." : $"Không tìm thấy công chức “{Form.Who}” trong đơn vị của Hội đồng.");
            return Page();
        }

        return await SubmitAsync(() => add.HandleAsync(id, [new SessionCandidateInput(Form.Kind, collective ? null : pick.Id, collective ? pick.Id : null, Form.Code)], ct),
            () => LoadAsync(id, ct), "Đã thêm vào danh sách đề nghị.", new { id });
    }

    public Task<IActionResult> OnPostFromListAsync(int id, [FromServices] AddCandidatesFromList add, CancellationToken ct) =>
        SubmitAsync(() => add.HandleAsync(id, Form.Code, ct), () => LoadAsync(id, ct), "Đã thêm những người, tập thể đủ điều kiện.", new { id });

    public Task<IActionResult> OnPostRemoveAsync(int id, int candidateId, [FromServices] RemoveSessionCandidate remove, CancellationToken ct) =>
        SubmitAsync(() => remove.HandleAsync(id, candidateId, ct), () => LoadAsync(id, ct), "Đã bỏ khỏi danh sách đề nghị.", new { id });

    public Task<IActionResult> OnPostStepAsync(int id, string step, [FromServices] ChangeSessionStep change, CancellationToken ct) =>
        SubmitAsync(() => change.HandleAsync(id, new SessionStepInput(Enum.TryParse<SessionAction>(step, out var a) ? a : SessionAction.Vote, Form.PostingStart, Form.Reason), ct),
            () => LoadAsync(id, ct), "Đã chuyển bước phiên họp.", new { id });

    public Task<IActionResult> OnPostCommentAsync(int id, [FromServices] CommentOnCandidate comment, CancellationToken ct) =>
        SubmitAsync(() => comment.HandleAsync(id, Form.CandidateId, Form.Text, ct), () => LoadAsync(id, ct), "Đã gửi góp ý; Hội đồng sẽ xem xét.", new { id });

    public Task<IActionResult> OnPostVoteAsync(int id, [FromServices] CastBallot cast, CancellationToken ct) =>
        BallotAsync(id, () => cast.HandleAsync(id, Choices(), null, ct), ct);

    public Task<IActionResult> OnPostWrittenAsync(int id, [FromServices] CastBallot cast, CancellationToken ct) =>
        BallotAsync(id, () => cast.HandleAsync(id, Choices(), Form.PersonId, ct), ct);

    private async Task<IActionResult> BallotAsync(int id, Func<Task<Core.Shared.Result<BallotReceipt>>> cast, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await cast();
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, "Form");
        }
        else
        {
            Receipt = result.Value;
            Form = new SessionForm();
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private List<ChoiceInput> Choices() =>
        Form.Choices.Where(c => Enum.TryParse<BallotChoice>(c.Value, out _)).Select(c => new ChoiceInput(c.Key, Enum.Parse<BallotChoice>(c.Value))).ToList();

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var result = await queries.GetSessionAsync(id, ct);
        if (!result.IsSuccess)
        {
            return false;
        }

        Details = result.Value!;
        if (Details.CanManage && Details.Session.Status == SessionStatus.Draft)
        {
            var pickers = await queries.PickersAsync(Details.Session.CouncilId, ct);
            (People, Units) = pickers ?? ([], []);
        }

        Crumbs.Clear();
        Crumbs.Add(new Crumb("Hội đồng Thi đua – Khen thưởng", "/Awards/Councils"));
        Crumbs.Add(new Crumb(Details.Session.CouncilName, $"/Awards/Councils/Details/{Details.Session.CouncilId}"));
        Crumbs.Add(new Crumb(Details.Session.Title));
        return true;
    }

    public sealed class SessionForm
    {
        public CandidateKind Kind { get; set; }

        public string? Who { get; set; }

        public string? Code { get; set; }

        public DateOnly? PostingStart { get; set; }

        public string? Reason { get; set; }

        public int CandidateId { get; set; }

        public string? Text { get; set; }

        public int? PersonId { get; set; }

        public Dictionary<int, string> Choices { get; set; } = [];
    }
}
