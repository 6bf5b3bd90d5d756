using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards;
using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Web.Api;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards.Candidates;

/// <summary>The candidate list of a unit and its subtree for an emulation year: filters, counts per outcome, the table and the export link.</summary>
[RequirePermission("Awards.ViewCandidates")]
public sealed class IndexModel(ListCandidates listCandidates, ListUnits listUnits, ThiDua.Core.Shared.Security.ICurrentUser user, ThiDua.Core.Awards.Proposals.ProposalQueries proposals) : AppPageModel
{
    public bool CanPropose => ThiDua.Core.Shared.Security.CurrentUserExtensions.HasAnywhere(user, ThiDua.Core.Awards.Proposals.ProposalsPermissions.Propose);

    /// <summary>The live proposals of the list's year, so that a row already proposed links to its proposal.</summary>
    public IReadOnlyDictionary<(bool IsPerson, int Id, AwardCode Code), int> Proposed { get; private set; } = new Dictionary<(bool, int, AwardCode), int>();

    public override string Area => "Awards";

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Target { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Outcome { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Leader { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Gender { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public CandidateList List { get; private set; } = null!;

    /// <summary>The unit picker (the same units and indentation as the quota and fairness pages).</summary>
    public AwardsFilter Filter { get; private set; } = null!;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IEnumerable<AwardCode> Targets => [.. ListCandidates.PersonTargets, .. ListCandidates.CollectiveTargets];

    /// <summary>The decision date of the list, for links to the other awards pages.</summary>
    public string AsOfText => List.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public int Pages => List.Total == 0 ? 1 : (List.Total + List.Size - 1) / List.Size;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var errors = new List<ThiDua.Core.Shared.FieldError>();
        var query = AwardsApi.Parse(UnitId, Year, Target, Outcome, Leader, Gender, PageNumber, 50, errors) is { } q ? q with { AsOf = AsOf } : null;
        var result = await listCandidates.HandleAsync(query ?? new CandidateQuery(UnitId, null), ct);
        if (result.Errors.Count > 0)
        {
            errors.AddRange(result.Errors);
            AsOf = null;
            result = await listCandidates.HandleAsync(query! with { AsOf = null }, ct);
        }

        Errors = errors.Select(e => e.Message).ToList();
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        List = result.Value!;
        if (CanPropose)
        {
            Proposed = await proposals.ExistingAsync(List.Year, ct);
        }

        Filter = new AwardsFilter(await AwardsFilter.UnitsAsync(listUnits, ct), List.UnitId, List.Year, List.AsOf);
        Crumbs.Add(new Crumb("Khen thưởng"));
        Crumbs.Add(new Crumb("Danh sách đủ điều kiện"));
        return Page();
    }

    /// <summary>The query string of the current filters, with <paramref name="page"/> or for the export.</summary>
    public string Query(int? page = null, string? outcome = null, bool keepOutcome = true) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["unitId"] = List.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["year"] = List.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["target"] = Target,
            ["outcome"] = keepOutcome ? Outcome : outcome,
            ["leader"] = Leader?.ToString().ToLowerInvariant(),
            ["gender"] = Gender,
            ["asOf"] = AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToString();
}
