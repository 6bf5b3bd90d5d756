using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Eligibility;

namespace ThiDua.Web.Pages.Awards.Candidates;

/// <summary>
/// The "why not" pages of a person and of a collective: the same query string (year, target, decision date), the same
/// fallback (a decision date that is refused is said and the default one used), the same breadcrumbs.
/// </summary>
public abstract class WhyNotPageModel<T> : AppPageModel
    where T : class
{
    public override string Area => "Awards";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Target { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public T Candidate { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        AwardCode? code = null;
        if (!string.IsNullOrEmpty(Target))
        {
            if (!Codes.TryParseAward(Target, out var t))
            {
                return NotFound();
            }

            code = t;
        }

        var year = Year is < 2000 or > 2999 ? null : Year;
        var result = await FindAsync(Id, year, code, AsOf, ct);
        if (result.Errors.Count > 0)
        {
            Errors = result.Errors.Select(e => e.Message).ToList();
            result = await FindAsync(Id, year, code, null, ct);
        }

        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Candidate = result.Value!;
        var (unitId, listYear, name) = Describe(Candidate);
        Crumbs.Add(new Crumb("Khen thưởng"));
        Crumbs.Add(new Crumb("Danh sách đủ điều kiện", $"/Awards/Candidates?unitId={unitId}&year={listYear}"));
        Crumbs.Add(new Crumb(name));
        return Page();
    }

    protected abstract Task<Result<T>> FindAsync(int id, int? year, AwardCode? target, DateOnly? asOf, CancellationToken ct);

    /// <summary>The unit and year of the list to go back to, and the page's name.</summary>
    protected abstract (int UnitId, int Year, string Name) Describe(T candidate);
}
