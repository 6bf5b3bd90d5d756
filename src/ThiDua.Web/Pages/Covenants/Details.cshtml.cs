using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Covenants;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Covenants;

/// <summary>
/// One covenant through its year: its steps, commitments and their mid-year progress, criteria, who has signed and who
/// has not (and the signing form for a member's leader), the cross-scoring table and forms, the ranking and the vote.
/// </summary>
[RequirePermission("Covenants.View")]
public sealed class DetailsModel(CovenantQueries queries) : AppPageModel
{
    public override string Area => "Registrations";

    public CovenantDetails Details { get; private set; } = null!;

    /// <summary>The steps in order, for the progress bar at the top.</summary>
    public static IReadOnlyList<CovenantStatus> Steps { get; } =
        [CovenantStatus.Draft, CovenantStatus.OpenForSigning, CovenantStatus.AllSigned, CovenantStatus.MidYearReviewed, CovenantStatus.Scoring, CovenantStatus.Closed];

    [BindProperty]
    public FormInput Form { get; set; } = new();

    /// <summary>The member unit whose scores the score form shows (the first one the user scores for, by default).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Scorer { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Scored { get; set; }

    public string UnitName(int unitId) => Details.Members.FirstOrDefault(m => m.UnitId == unitId)?.Name ?? string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSignAsync(int id, [FromServices] SignCovenant sign, CancellationToken ct) =>
        SubmitAsync(() => sign.HandleAsync(id, new SignInput(Form.UnitId, Form.Password, Form.Code), ct), () => LoadAsync(id, ct),
            "Đã ký giao ước thay mặt đơn vị.", new { id });

    public Task<IActionResult> OnPostStepAsync(int id, string step, [FromServices] ChangeCovenantStep change, CancellationToken ct) =>
        SubmitAsync(() => change.HandleAsync(id, Enum.TryParse<CovenantAction>(step, out var a) ? a : CovenantAction.Edit, Form.Reason, ct), () => LoadAsync(id, ct),
            "Đã chuyển bước giao ước.", new { id });

    public Task<IActionResult> OnPostReviewAsync(int id, [FromServices] RecordCovenantReview review, CancellationToken ct)
    {
        ModelState.Clear();
        var progress = new List<ProgressInput>();
        foreach (var p in Form.Progress)
        {
            if (!CovenantPageTexts.TryNumber(p.Value, out var value) || !CovenantPageTexts.TryNumber(p.Percent, out var percent))
            {
                ModelState.AddModelError("Form.Progress", $"Cam kết {p.Order}: kết quả và tỷ lệ phải là số (ví dụ 52,5).");
                continue;
            }

            progress.Add(new ProgressInput(p.Order, value, percent, p.Comment));
        }

        return SubmitAsync(() => review.HandleAsync(id, Form.Summary, progress, ct), () => LoadAsync(id, ct), "Đã ghi sơ kết giữa năm.", new { id });
    }

    public Task<IActionResult> OnPostScoreAsync(int id, [FromServices] ScoreCovenant score, CancellationToken ct)
    {
        ModelState.Clear();
        var points = new Dictionary<int, decimal>();
        foreach (var (criterion, text) in Form.Points)
        {
            if (!CovenantPageTexts.TryNumber(text, out var value))
            {
                ModelState.AddModelError("Form.Points", $"Điểm “{text}” không phải là số (ví dụ 27,5).");
            }
            else if (value is decimal v)
            {
                points[criterion] = v;
            }
        }

        return SubmitAsync(() => score.HandleAsync(id, Form.UnitId, Form.ScoredUnitId, points, ct), () => LoadAsync(id, ct),
            "Đã ghi điểm chấm chéo.", new { id, scorer = Form.UnitId, scored = Form.ScoredUnitId });
    }

    public Task<IActionResult> OnPostVoteAsync(int id, [FromServices] VoteCovenant vote, CancellationToken ct) =>
        SubmitAsync(() => vote.HandleAsync(id, Form.UnitId, Form.Chosen, ct), () => LoadAsync(id, ct), "Đã ghi phiếu suy tôn.", new { id });

    /// <summary>Points × 100 already given by <paramref name="scorer"/> to <paramref name="scored"/> on a criterion, as typed ("27.5").</summary>
    public string GivenPoints(int scorer, int scored, int criterionId) =>
        Details.MyScores.FirstOrDefault(s => s.ScorerUnitId == scorer && s.ScoredUnitId == scored && s.CriterionId == criterionId) is { } s
            ? (s.Hundredths / 100m).ToString("0.##", CultureInfo.InvariantCulture)
            : string.Empty;

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var result = await queries.GetAsync(id, ct);
        if (!result.IsSuccess)
        {
            return false;
        }

        Details = result.Value!;
        Crumbs.Clear();
        Crumbs.Add(new Crumb("Giao ước thi đua", "/Covenants"));
        Crumbs.Add(new Crumb(Details.Covenant.Title));
        return true;
    }

    public sealed class FormInput
    {
        public int UnitId { get; set; }

        public string? Password { get; set; }

        public string? Code { get; set; }

        public string? Reason { get; set; }

        public string? Summary { get; set; }

        public List<ProgressForm> Progress { get; set; } = [];

        public int ScoredUnitId { get; set; }

        public Dictionary<int, string?> Points { get; set; } = [];

        public List<int> Chosen { get; set; } = [];
    }

    public sealed class ProgressForm
    {
        public int Order { get; set; }

        public string? Value { get; set; }

        public string? Percent { get; set; }

        public string? Comment { get; set; }
    }
}
