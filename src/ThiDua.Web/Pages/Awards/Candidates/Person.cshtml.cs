using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards.Candidates;

/// <summary>"Why not" for one person: each title or form, each criterion met or unmet with its message and the article cited.</summary>
[RequirePermission("Awards.ViewCandidates")]
public sealed class PersonModel(GetPersonCandidate handler) : WhyNotPageModel<PersonCandidate>
{
    protected override Task<Result<PersonCandidate>> FindAsync(int id, int? year, AwardCode? target, DateOnly? asOf, CancellationToken ct) =>
        handler.HandleAsync(id, year, target, asOf, ct);

    protected override (int UnitId, int Year, string Name) Describe(PersonCandidate candidate) => (candidate.UnitId, candidate.Year, candidate.FullName);
}
