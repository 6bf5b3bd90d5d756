using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards.Candidates;

/// <summary>"Why not" for a collective: each collective title with its trace, and the member figures of the year.</summary>
[RequirePermission("Awards.ViewCandidates")]
public sealed class UnitModel(GetCollectiveCandidate handler) : WhyNotPageModel<CollectiveCandidate>
{
    protected override Task<Result<CollectiveCandidate>> FindAsync(int id, int? year, AwardCode? target, DateOnly? asOf, CancellationToken ct) =>
        handler.HandleAsync(id, year, target, asOf, ct);

    protected override (int UnitId, int Year, string Name) Describe(CollectiveCandidate candidate) => (candidate.UnitId, candidate.Year, candidate.Name);
}
