using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Organisation.Records;

public sealed record SuccessionView(int PredecessorId, string PredecessorName, int SuccessorId, string SuccessorName, DateOnly On, SuccessionKind Kind, string? DecisionRef);

public sealed record UnitRecords(int UnitId, IReadOnlyList<RatingView> Ratings, IReadOnlyList<AwardView> Awards, IReadOnlyList<SuccessionView> Predecessors, IReadOnlyList<SuccessionView> Successors);

/// <summary>A collective's ratings and awards and where it came from or went in reorganisations.</summary>
public sealed class GetUnitRecords(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<UnitRecords>> HandleAsync(int id, CancellationToken ct = default)
    {
        if (!await db.Units.InScope(actor.ScopePaths(OrganisationPermissions.View)).AnyAsync(u => u.Id == id, ct))
        {
            return Result<UnitRecords>.NotFound();
        }

        var ratings = await db.UnitRatings.AsNoTracking().Where(r => r.UnitId == id).OrderBy(r => r.Year).Select(r => new RatingView(r.Year, r.Rating)).ToListAsync(ct);
        var awards = await db.AwardRecords.AsNoTracking().Where(a => a.UnitId == id).OrderBy(a => a.DecisionDate)
            .Select(a => new AwardView(a.Id, a.Code, a.Kind, a.PeriodFrom, a.PeriodTo, a.DecisionNumber, a.DecisionDate, a.Issuer, a.Source, a.RevokedOn, a.RevocationReason))
            .ToListAsync(ct);
        var links = await db.UnitSuccessions.AsNoTracking().Where(s => s.PredecessorId == id || s.SuccessorId == id)
            .Select(s => new SuccessionView(s.PredecessorId, s.Predecessor.Name, s.SuccessorId, s.Successor.Name, s.On, s.Kind, s.DecisionRef))
            .ToListAsync(ct);
        return Result<UnitRecords>.Ok(new UnitRecords(id, ratings, awards,
            links.Where(l => l.SuccessorId == id).OrderBy(l => l.PredecessorName, StringComparer.Create(VietnameseFormat.Culture, false)).ToList(),
            links.Where(l => l.PredecessorId == id).ToList()));
    }
}
