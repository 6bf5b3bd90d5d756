using ThiDua.Core.Organisation.Queries;

namespace ThiDua.Web.Pages;

/// <summary>The home dashboard for the user's scope.</summary>
public sealed class IndexModel(DashboardQuery dashboard) : AppPageModel
{
    public override string Area => "Home";

    public DashboardData Data { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Data = await dashboard.HandleAsync(ct);

    public static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole);
}
