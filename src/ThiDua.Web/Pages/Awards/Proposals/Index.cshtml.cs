using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Proposals;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards.Proposals;

/// <summary>
/// Proposals of the user's units (or, with "inbox", those sent to the units the user reviews for), by year, with the
/// filters (state, title or form, overdue, name without diacritics), paged; overdue rows highlighted; the
/// "việc cần xử lý" panel on top.
/// </summary>
[RequirePermission("Proposals.View")]
public sealed class IndexModel(ProposalQueries queries, EmulationCalendar calendar, ICurrentUser user) : AppPageModel
{
    public override string Area => "Awards";

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Inbox { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<ProposalRow> Rows { get; private set; } = null!;

    public ProposalPanel Panel { get; private set; } = null!;

    public bool CanPropose => user.HasAnywhere(ProposalsPermissions.Propose);

    public bool CanReview => user.HasAnywhere(ProposalsPermissions.Review);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= Inbox || Overdue ? null : calendar.LastFinished;
        Rows = await queries.ListAsync(new ProposalQuery(Year is < 2000 or > 2999 ? null : Year,
            CodeOf<ProposalStatus>.TryParse(Status, out var s) ? s : null, Code, Overdue, Q, Inbox, PageNumber, 25), ct);
        Panel = await queries.PanelAsync(ct);
        Crumbs.Add(new Crumb("Khen thưởng", "/Awards/Candidates"));
        Crumbs.Add(new Crumb(Inbox ? "Hồ sơ đề nghị gửi đơn vị xét" : "Đề nghị khen thưởng"));
    }

    /// <summary>The link of another page with the same filters.</summary>
    public string PageLink => "/Awards/Proposals?" + string.Join("&", new[]
    {
        Year is null ? null : "year=" + Year,
        Status is null ? null : "status=" + Uri.EscapeDataString(Status),
        Code is null ? null : "code=" + Uri.EscapeDataString(Code),
        Overdue ? "overdue=true" : null,
        Inbox ? "inbox=true" : null,
        string.IsNullOrEmpty(Q) ? null : "q=" + Uri.EscapeDataString(Q),
    }.Where(x => x is not null)) + "&page=";
}
