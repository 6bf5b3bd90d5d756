using ThiDua.Core.Awards.Councils;
using ThiDua.Core.Organisation.Queries;

namespace ThiDua.Web.Pages;

/// <summary>The home dashboard for the user's scope.</summary>
public sealed class IndexModel(DashboardQuery dashboard, CouncilQueries councils) : AppPageModel
{
    public override string Area => "Home";

    public DashboardData Data { get; private set; } = null!;

    /// <summary>Candidate lists posted now for comments (a staff member's way to the council's posting).</summary>
    public IReadOnlyList<OpenPosting> Postings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Data = await dashboard.HandleAsync(ct);
        Postings = await councils.OpenPostingsAsync(ct);
    }

    public static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole);
}
