using ThiDua.Core.Organisation.Search;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Search;

/// <summary>Results of the header search box: people and units in scope, diacritics and case ignored.</summary>
[RequirePermission("Organisation.View")]
public sealed class IndexModel(SearchDirectory search) : AppPageModel
{
    public SearchResults Results { get; private set; } = new(string.Empty, [], []);

    public async Task OnGetAsync(string? q, CancellationToken ct)
    {
        Crumbs.Add(new Crumb("Tìm kiếm"));
        Results = await search.HandleAsync(q, ct);
    }
}
