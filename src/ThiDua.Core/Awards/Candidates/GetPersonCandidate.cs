using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Candidates;

/// <summary>One title or form for the person: the verdict, every unmet condition and the whole trace with its articles.</summary>
public sealed record PersonVerdict(AwardCode Target, string TargetName, Outcome Outcome, string? Regime, IReadOnlyList<CandidateUnmet> Unmet, IReadOnlyList<TraceEntry> Trace);

public sealed record PersonCandidate(
    int PersonId,
    string Code,
    string FullName,
    int UnitId,
    string UnitName,
    bool IsLeader,
    string Gender,
    int Year,
    string YearSpan,
    DateOnly AsOf,
    string Sector,
    string Note,
    IReadOnlyList<PersonVerdict> Verdicts);

/// <summary>
/// "Why not" for one person in the caller's scope (Awards.ViewCandidates): each title or form (or the one asked)
/// judged on the records, with every criterion met or unmet, its Vietnamese message and the article it applies.
/// A person outside the scope answers not found.
/// </summary>
public sealed class GetPersonCandidate(AppDbContext db, ICurrentUser actor, ListCandidates list, Regimes.RegimeStore regimes)
{
    public async Task<Result<PersonCandidate>> HandleAsync(int personId, int? year, AwardCode? target, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var people = db.People.InScope(actor.ScopePaths(AwardsPermissions.ViewCandidates)).Where(p => p.Id == personId);
        var yearError = list.YearError(year, asOf, out var y);
        var feed = await RegistrationFeed.LoadAsync(db, y.Year, ct);
        var person = (await CandidateRecords.LoadAsync(db, people, feed, ct)).SingleOrDefault();
        if (person is null || (target is { } t && !ListCandidates.PersonTargets.Contains(t)))
        {
            return Result<PersonCandidate>.NotFound();
        }

        if (yearError is { } error)
        {
            return Result<PersonCandidate>.Invalid(error);
        }

        var catalog = await regimes.CatalogAsync(ct);
        var verdicts = (target is { } one ? [one] : ListCandidates.PersonTargets).Select(code =>
        {
            var result = EligibilityEngine.Evaluate(CaseBuilder.ForPerson(person.Source, code, y), catalog);
            return new PersonVerdict(code, VietnameseText.Name(code), result.Outcome, result.Regime, ListCandidates.Unmet(result), result.Trace);
        }).ToList();
        return Result<PersonCandidate>.Ok(new PersonCandidate(person.Id, person.Code, person.FullName, person.UnitId, person.UnitName, person.IsLeader, person.Gender.ToString(),
            y.Year, ListCandidates.Span(y), y.AsOf, Codes.Of(person.Source.Registered is null ? CaseBuilder.SectorUsed : Sector.Justice),
            person.Source.Registered is null ? ListCandidates.RegistrationNote : RegistrationFeed.JusticeNote, verdicts));
    }
}
