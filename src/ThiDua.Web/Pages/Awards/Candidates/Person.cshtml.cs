using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards.Candidates;

/// <summary>"Why not" for one person: each title or form, each criterion met or unmet with its message and the article cited.</summary>
[RequirePermission("Awards.ViewCandidates")]
public sealed class PersonModel(GetPersonCandidate handler) : AppPageModel
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

    public PersonCandidate Candidate { get; private set; } = null!;

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
        var result = await handler.HandleAsync(Id, year, code, AsOf, ct);
        if (result.Errors.Count > 0)
        {
            Errors = result.Errors.Select(e => e.Message).ToList();
            result = await handler.HandleAsync(Id, year, code, null, ct);
        }
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Candidate = result.Value!;
        Crumbs.Add(new Crumb("Khen thưởng"));
        Crumbs.Add(new Crumb("Danh sách đủ điều kiện", $"/Awards/Candidates?unitId={Candidate.UnitId}&year={Candidate.Year}"));
        Crumbs.Add(new Crumb(Candidate.FullName));
        return Page();
    }
}
