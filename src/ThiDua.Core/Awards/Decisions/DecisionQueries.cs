using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Documents;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Decisions;

/// <summary>A decision in the list.</summary>
public sealed record DecisionSummary(
    int Id, int IssuingUnitId, string IssuingUnitName, DecisionStatus Status, string StatusName, string? Notation, DateOnly Date,
    string Code, string AwardName, string Achievement, int People, int Collectives, int Revoked, long Total);

/// <summary>One awardee line as shown and sent by the API.</summary>
public sealed record DecisionLineView(
    int Id, int Order, int? PersonId, int? UnitId, string Name, string PositionAndUnit, int? ProposalId, decimal Coefficient, long Amount,
    DateOnly? RevokedOn, string? RevocationReason, string? RevocationGround, string? RevocationGroundName, string? RevocationRef);

/// <summary>A decision with its lines and what the caller may do with it.</summary>
public sealed record DecisionDetails(
    int Id, int IssuingUnitId, string IssuingUnitName, DecisionStatus Status, string StatusName, int? Number, string Symbol, string? Notation,
    DateOnly Date, string Code, string AwardName, string Kind, int PeriodFrom, int PeriodTo, string Achievement, string IssuerTitle,
    IReadOnlyList<string> LegalBases, string ProposedBy, string SignerForm, string SignerPosition, string SignerName, string? SignerPrincipal,
    IReadOnlyList<string> Recipients, string Fund, string Executors, DateTime? IssuedAt, string? IssuedBy,
    DateOnly? RevokedOn, string? RevocationReason, string? RevocationGroundName, string? RevocationRef,
    long Total, IReadOnlyList<DecisionLineView> Lines, bool CanEdit, bool CanIssue, bool CanRevoke, int? NextNumber);

/// <summary>A choice of the awardee picker: the code typed, the name and where, folded for a search without diacritics.</summary>
public sealed record AwardeeChoice(int Id, string Code, string Name, string Detail, string Folded, bool IsUnit);

/// <summary>A unit that issues decisions, for the pickers (indented by depth).</summary>
public sealed record IssuingUnitChoice(int Id, string Code, string Name, int Depth);

/// <summary>The filter of the decisions list: issuing unit, calendar year of the date, state, text (without diacritics).</summary>
public sealed record DecisionFilter(int? UnitId = null, int? Year = null, string? Status = null, string? Q = null, int Page = 1, int Size = 25);

/// <summary>The decisions the caller sees (those of the issuing units in their scope), paged; one decision.</summary>
public sealed class DecisionQueries(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<Page<DecisionSummary>>> ListAsync(DecisionFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var paths = actor.ScopePaths(DecisionsPermissions.View);
        var query = db.AwardDecisions.AsNoTracking().Where(ScopeFilter.Build<AwardDecision>(paths, d => d.IssuingUnit.Path));
        if (filter.UnitId is int unitId)
        {
            var path = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null || !actor.CanAccess(DecisionsPermissions.View, path))
            {
                return Result<Page<DecisionSummary>>.NotFound();
            }

            query = query.Where(d => d.IssuingUnitId == unitId);
        }

        if (filter.Year is int year)
        {
            var (from, to) = (new DateOnly(Math.Clamp(year, 1, 9998), 1, 1), new DateOnly(Math.Clamp(year, 1, 9998), 12, 31));
            query = query.Where(d => d.Date >= from && d.Date <= to);
        }

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            var status = filter.Status.Trim().ToUpperInvariant() switch
            {
                "DRAFT" => DecisionStatus.Draft,
                "ISSUED" => DecisionStatus.Issued,
                "REVOKED" => DecisionStatus.Revoked,
                _ => (DecisionStatus?)null,
            };
            if (status is null)
            {
                return Result<Page<DecisionSummary>>.Invalid(new FieldError("Status", "Trạng thái phải là DRAFT, ISSUED hoặc REVOKED."));
            }

            query = query.Where(d => d.Status == status);
        }

        var q = SearchText.Fold(filter.Q);
        if (q.Length > 0)
        {
            query = query.Where(d => d.SearchText.Contains(q));
        }

        var request = new PageRequest(filter.Page, filter.Size);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(d => d.Date).ThenByDescending(d => d.Number).ThenByDescending(d => d.Id)
            .Skip(request.Skip).Take(request.SafeSize)
            .Select(d => new
            {
                d.Id, d.IssuingUnitId, UnitName = d.IssuingUnit.Name, d.Status, d.Number, d.Symbol, d.Date, d.Code, d.Achievement,
                People = d.Lines.Count(l => l.PersonId != null), Collectives = d.Lines.Count(l => l.UnitId != null),
                Revoked = d.Lines.Count(l => l.RevokedOn != null), Total = d.Lines.Sum(l => l.Amount),
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new DecisionSummary(r.Id, r.IssuingUnitId, r.UnitName, r.Status, DecisionTexts.Status(r.Status),
            r.Number is int n ? DecisionTexts.Notation(n, r.Symbol) : null, r.Date, CodeOf<AwardCode>.Code(r.Code), DecisionRules.AwardName(r.Code),
            r.Achievement, r.People, r.Collectives, r.Revoked, r.Total)).ToList();
        return Result<Page<DecisionSummary>>.Ok(new Page<DecisionSummary>(items, request.SafeNumber, request.SafeSize, total));
    }

    public async Task<Result<DecisionDetails>> GetAsync(int id, CancellationToken ct = default)
    {
        var d = await DecisionScope.LoadAsync(db, actor, id, DecisionsPermissions.View, ct, tracking: false);
        if (d is null)
        {
            return Result<DecisionDetails>.NotFound();
        }

        int? next = null;
        if (d.Status == DecisionStatus.Draft)
        {
            var year = d.Date.Year;
            next = (await db.AwardDecisions.AsNoTracking().Where(x => x.IssuingUnitId == d.IssuingUnitId && x.NumberYear == year && x.Number != null)
                .MaxAsync(x => x.Number, ct) ?? 0) + 1;
        }

        var leader = actor.CanAccess(DecisionsPermissions.Issue, d.IssuingUnit.Path);
        return Result<DecisionDetails>.Ok(new DecisionDetails(
            d.Id, d.IssuingUnitId, d.IssuingUnit.Name, d.Status, DecisionTexts.Status(d.Status), d.Number, d.Symbol, d.Notation, d.Date,
            CodeOf<AwardCode>.Code(d.Code), DecisionRules.AwardName(d.Code), CodeOf<AwardKind>.Code(d.Kind), d.PeriodFrom, d.PeriodTo, d.Achievement, d.IssuerTitle,
            Split(d.LegalBases), d.ProposedBy, d.SignerForm == AuthorityForm.Direct ? string.Empty : d.SignerForm.ToString(), d.SignerPosition, d.SignerName, d.SignerPrincipal,
            Split(d.Recipients), d.Fund, d.Executors, d.IssuedAt, d.IssuedBy, d.RevokedOn, d.RevocationReason,
            d.RevocationGround is { } g ? DecisionTexts.Ground(g) : null, d.RevocationRef, d.Total,
            d.Lines.OrderBy(l => l.Order).Select(l => new DecisionLineView(l.Id, l.Order, l.PersonId, l.UnitId, l.Name, l.PositionAndUnit, l.ProposalId, l.Coefficient, l.Amount,
                l.RevokedOn, l.RevocationReason, l.RevocationGround is { } lg ? DecisionTexts.GroundCode(lg) : null, l.RevocationGround is { } ln ? DecisionTexts.Ground(ln) : null, l.RevocationRef)).ToList(),
            d.Status == DecisionStatus.Draft && actor.CanAccess(DecisionsPermissions.Draft, d.IssuingUnit.Path),
            d.Status == DecisionStatus.Draft && leader,
            d.Status == DecisionStatus.Issued && leader,
            next));
    }

    /// <summary>The units the caller may draft decisions for (departments excluded: they do not issue), or see them with <paramref name="forDraft"/> false.</summary>
    public async Task<IReadOnlyList<IssuingUnitChoice>> IssuingUnitsAsync(bool forDraft, CancellationToken ct = default)
    {
        var paths = actor.ScopePaths(forDraft ? DecisionsPermissions.Draft : DecisionsPermissions.View);
        return await db.Units.AsNoTracking().InScope(paths).Where(u => u.Kind != Organisation.UnitKind.DEPARTMENT && u.ValidTo == null)
            .OrderBy(u => u.Path).Select(u => new IssuingUnitChoice(u.Id, u.Code, u.Name, u.Depth)).Take(2000).ToListAsync(ct);
    }

    /// <summary>The people and collectives of an issuing unit's tree that the caller may put on a decision (at most 5,000).</summary>
    public async Task<IReadOnlyList<AwardeeChoice>> AwardeeChoicesAsync(int issuingUnitId, CancellationToken ct = default)
    {
        var unit = await DecisionRules.IssuingUnitAsync(db, actor, issuingUnitId, ct);
        if (unit is null)
        {
            return [];
        }

        var units = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(unit.Path) && u.Kind != Organisation.UnitKind.DEPARTMENT && u.ValidTo == null)
            .OrderBy(u => u.Path).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => p.Unit.Path.StartsWith(unit.Path)).OrderBy(p => p.Code)
            .Select(p => new { p.Id, p.Code, p.FullName, p.Position, UnitName = p.Unit.Name }).Take(5000).ToListAsync(ct);
        return units.Select(u => new AwardeeChoice(u.Id, u.Code, u.Name, "Tập thể", SearchText.Fold(u.Name), true))
            .Concat(people.Select(p => new AwardeeChoice(p.Id, p.Code, p.FullName, $"{p.Position}, {p.UnitName}", SearchText.Fold(p.FullName), false)))
            .ToList();
    }

    private static string[] Split(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
