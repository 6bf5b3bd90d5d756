using ThiDua.Core.Awards.Eligibility;


namespace ThiDua.Core.Awards.Candidates;

/// <summary>The figures of a collective the rules read, for the "why not" page.</summary>
public sealed record CollectiveFigures(
    DateOnly ReferenceDate,
    string? Rating,
    int Members,
    int MembersCompleted,
    int MembersLdtt,
    int MembersCstdcs,
    int MembersDisciplinedCanhCaoOrHeavier,
    int Women);

public sealed record CollectiveCandidate(
    int UnitId,
    string Code,
    string Name,
    int Year,
    string YearSpan,
    DateOnly AsOf,
    string Sector,
    string Note,
    CollectiveFigures Figures,
    IReadOnlyList<PersonVerdict> Verdicts);

/// <summary>
/// "Why not" for a collective in the caller's scope (Awards.ViewCandidates): each collective title (or the one asked)
/// with its whole trace, and the figures it was judged on — its members as they were on the last day of the year
/// (<see cref="CandidateEvaluator"/>). A department (judged with its agency), a unit not active in the year, or one out
/// of scope answers not found.
/// </summary>
public sealed class GetCollectiveCandidate(ListCandidates list, CandidateEvaluator evaluator, Regimes.RegimeStore regimes)
{
    public async Task<Result<CollectiveCandidate>> HandleAsync(int unitId, int? year, AwardCode? target, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var root = await list.FindRootAsync(unitId, ct);
        if (root is null || root.Kind is Organisation.UnitKind.DEPARTMENT or Organisation.UnitKind.MINISTRY || (target is { } t && !ListCandidates.CollectiveTargets.Contains(t)))
        {
            return Result<CollectiveCandidate>.NotFound();
        }

        if (list.YearError(year, asOf, out var y) is { } error)
        {
            return Result<CollectiveCandidate>.Invalid(error);
        }
        var set = await evaluator.EvaluateAsync(root.Path, y, [], [AwardCode.Ttldtt], ct: ct);
        var unit = set.Collectives.FirstOrDefault(c => c.UnitId == unitId);
        if (unit is null)
        {
            return Result<CollectiveCandidate>.NotFound();
        }

        var catalog = await regimes.CatalogAsync(ct);
        var verdicts = (target is { } one ? [one] : ListCandidates.CollectiveTargets).Select(code =>
        {
            var result = EligibilityEngine.Evaluate(CaseBuilder.ForCollective(unit.Source, code, y), catalog);
            return new PersonVerdict(code, VietnameseText.Name(code), result.Outcome, result.Regime, ListCandidates.Unmet(result), result.Trace);
        }).ToList();
        var s = unit.Source;
        var figures = new CollectiveFigures(unit.ReferenceDate, s.Ratings.FirstOrDefault(r => r.Year == y.Year) is { } rating ? CodeOf<Rating>.Code(rating.Rating) : null,
            s.Members, s.MembersCompleted, s.MembersLdtt, s.MembersCstdcs, s.MembersDisciplinedCanhCaoOrHeavier,
            unit.MemberIds.Count(id => set.Known[id].Gender == Organisation.Gender.F));
        return Result<CollectiveCandidate>.Ok(new CollectiveCandidate(unit.UnitId, unit.Code, unit.Name, y.Year, ListCandidates.Span(y), y.AsOf,
            Codes.Of(set.Registrations.SectorFor(unit.Path)), set.Registrations.NoteFor(unit.Path), figures, verdicts));
    }
}
