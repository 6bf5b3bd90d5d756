using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Proposals;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards.Proposals;

/// <summary>
/// The processing time of each step of a proposal, in working days (rules.md §6: deadlines are data): read by everyone
/// who sees proposals, changed by an administrator at the root (<see cref="ManageProposalDeadlines"/>; audited).
/// </summary>
[RequirePermission("Proposals.View")]
public sealed class DeadlinesModel(ManageProposalDeadlines deadlines, ICurrentUser user) : AppPageModel
{
    public override string Area => "Awards";

    public IReadOnlyList<ManageProposalDeadlines.DeadlineRow> Rows { get; private set; } = [];

    public bool CanManage => user.HasAtRoot(ProposalsPermissions.ManageDeadlines);

    [BindProperty]
    public List<DeadlineForm> Deadlines { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SubmitAsync(() => deadlines.UpdateAsync(Deadlines.Select(d => new DeadlineInput(d.Step, d.WorkingDays)).ToList(), ct),
            async () =>
            {
                await LoadAsync(ct);
                return true;
            },
            "Đã lưu thời hạn xử lý.", new { });

    private async Task LoadAsync(CancellationToken ct)
    {
        Crumbs.Add(new Crumb("Đề nghị khen thưởng", "/Awards/Proposals"));
        Crumbs.Add(new Crumb("Thời hạn xử lý"));
        Rows = await deadlines.ListAsync(ct);
    }

    public sealed class DeadlineForm
    {
        public string? Step { get; set; }

        public int WorkingDays { get; set; }
    }
}
