using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Decisions;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards.Decisions;

/// <summary>
/// One decision: its text, the awardees with their money and the total, the downloads once issued; a leader issues a
/// draft (with a confirmation, the next number or one typed) and revokes awardees or the whole decision (reason and
/// legal ground required, confirmed).
/// </summary>
[RequirePermission("Decisions.View")]
public sealed class DetailsModel(DecisionQueries queries) : AppPageModel
{
    public override string Area => "Awards";

    public DecisionDetails Decision { get; private set; } = null!;

    [BindProperty]
    public FormInput Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostIssueAsync(int id, [FromServices] IssueDecision issue, CancellationToken ct) =>
        SubmitAsync(() => issue.HandleAsync(id, Form.Number, ct), () => LoadAsync(id, ct), "Đã ban hành quyết định và ghi khen thưởng vào hồ sơ.", new { id });

    public Task<IActionResult> OnPostRevokeAsync(int id, [FromServices] RevokeDecision revoke, CancellationToken ct) =>
        SubmitAsync(() => revoke.HandleAsync(id, new RevokeInput(Form.Whole ? null : Form.LineIds.Count == 0 ? [-1] : Form.LineIds, Form.Reason, Form.Ground, Form.On, Form.Reference), ct),
            () => LoadAsync(id, ct), "Đã thu hồi khen thưởng; hồ sơ khen thưởng được đánh dấu thu hồi.", new { id });

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var result = await queries.GetAsync(id, ct);
        if (!result.IsSuccess)
        {
            return false;
        }

        Decision = result.Value!;
        Crumbs.Clear();
        Crumbs.Add(new Crumb("Quyết định khen thưởng", "/Awards/Decisions"));
        Crumbs.Add(new Crumb(Decision.Notation ?? "Dự thảo"));
        return true;
    }

    public sealed class FormInput
    {
        public int? Number { get; set; }

        public bool Whole { get; set; }

        public List<int> LineIds { get; set; } = [];

        public string? Reason { get; set; }

        public string? Ground { get; set; }

        public DateOnly? On { get; set; }

        public string? Reference { get; set; }
    }
}
