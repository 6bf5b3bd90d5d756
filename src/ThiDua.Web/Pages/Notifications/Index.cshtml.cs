using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Proposals;
using ThiDua.Core.Shared;

namespace ThiDua.Web.Pages.Notifications;

/// <summary>The signed-in user's notifications, newest first, paged; open one (marks it read) or mark all read.</summary>
public sealed class IndexModel(NotificationQueries queries) : AppPageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<NotificationRow> Rows { get; private set; } = null!;

    public int Unread { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await queries.ListAsync(PageNumber, 25, ct);
        Unread = await queries.UnreadAsync(ct);
        Crumbs.Add(new Crumb("Thông báo"));
    }

    public async Task<IActionResult> OnPostReadAsync(int? id, CancellationToken ct)
    {
        var result = await queries.MarkReadAsync(id, ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (id is not null)
        {
            var row = (await queries.ListAsync(1, 200, ct)).Items.FirstOrDefault(n => n.Id == id);
            if (row is not null && row.Link.StartsWith('/'))
            {
                return LocalRedirect(row.Link);
            }
        }

        return RedirectToPage();
    }
}
