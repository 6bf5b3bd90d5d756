using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation;

namespace ThiDua.Core.Awards.Candidates;

/// <summary>A person of the list with what the rows and filters show.</summary>
public sealed record CandidatePerson(int Id, string Code, string FullName, string GivenName, int UnitId, string UnitName, string UnitPath, bool IsLeader, Organisation.Gender Gender, PersonSource Source);

/// <summary>
/// Loads the records of many people at once (one query per record kind, grouped in memory), for the candidate lists.
/// The caller has already limited the people to the user's scope.
/// </summary>
internal static class CandidateRecords
{
    public static async Task<IReadOnlyList<CandidatePerson>> LoadAsync(AppDbContext db, IQueryable<Person> people, RegistrationFeed feed, CancellationToken ct)
    {
        var rows = await people.AsNoTracking()
            .Select(p => new { p.Id, p.Code, p.FullName, p.GivenName, p.UnitId, UnitName = p.Unit.Name, UnitPath = p.Unit.Path, p.IsLeader, p.Gender, p.RecruitedOn })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        // When the people's ids are dense (a batch of the streamed export walks ids in order), the records are read by an
        // id range on their PersonId index and the few records of people outside the list are dropped in memory: the
        // database then never joins the record tables with the people's query. Otherwise the records are those of
        // the query's people.
        var (first, last) = (rows.Min(r => r.Id), rows.Max(r => r.Id));
        var dense = (long)last - first + 1 <= 2L * rows.Count;
        var idSet = people.Select(p => p.Id);
        var ratings = (await (dense ? db.PersonRatings.Where(r => r.PersonId >= first && r.PersonId <= last) : db.PersonRatings.Where(r => idSet.Contains(r.PersonId)))
            .AsNoTracking().ToListAsync(ct)).ToLookup(r => r.PersonId);
        var leave = (await (dense ? db.LeaveRecords.Where(r => r.PersonId >= first && r.PersonId <= last) : db.LeaveRecords.Where(r => idSet.Contains(r.PersonId)))
            .AsNoTracking().ToListAsync(ct)).ToLookup(r => r.PersonId);
        var discipline = (await (dense ? db.DisciplineRecords.Where(r => r.PersonId >= first && r.PersonId <= last) : db.DisciplineRecords.Where(r => idSet.Contains(r.PersonId)))
            .AsNoTracking().ToListAsync(ct)).ToLookup(r => r.PersonId);
        var pending = (await (dense ? db.PendingCases.Where(r => r.PersonId >= first && r.PersonId <= last) : db.PendingCases.Where(r => idSet.Contains(r.PersonId)))
            .AsNoTracking().ToListAsync(ct)).ToLookup(r => r.PersonId);
        // A revoked award (Law chapter VII) is kept on the profile but never reaches the engine: it counts for nothing later.
        var awards = (await (dense
                ? db.AwardRecords.Where(r => r.PersonId != null && r.RevokedOn == null && r.PersonId >= first && r.PersonId <= last)
                : db.AwardRecords.Where(r => r.PersonId != null && r.RevokedOn == null && idSet.Contains(r.PersonId.Value)))
            .AsNoTracking().ToListAsync(ct)).ToLookup(r => r.PersonId!.Value);
        var authors = dense ? db.InitiativeAuthors.Where(a => a.PersonId >= first && a.PersonId <= last) : db.InitiativeAuthors.Where(a => idSet.Contains(a.PersonId));
        var initiatives = (await authors.AsNoTracking()
            .Join(db.Initiatives, a => a.InitiativeId, i => i.Id, (a, i) => new { a.PersonId, i.Id, i.Scope, i.Year })
            .ToListAsync(ct)).ToLookup(r => r.PersonId, r => new InitiativeSource(r.Id, r.Scope, r.Year));
        var assignments = dense ? db.Assignments.Where(a => a.PersonId >= first && a.PersonId <= last) : db.Assignments.Where(a => idSet.Contains(a.PersonId));
        var firstAssignment = (await assignments.AsNoTracking()
            .GroupBy(a => a.PersonId).Select(g => new { PersonId = g.Key, From = g.Min(a => a.From) }).ToListAsync(ct))
            .ToDictionary(a => a.PersonId, a => a.From);

        return rows.Select(r => new CandidatePerson(r.Id, r.Code, r.FullName, r.GivenName, r.UnitId, r.UnitName, r.UnitPath, r.IsLeader, r.Gender, new PersonSource
        {
            PersonId = r.Id,
            RecruitedOn = r.RecruitedOn,
            FirstAssignment = firstAssignment.TryGetValue(r.Id, out var from) ? from : null,
            IsLeader = r.IsLeader,
            Gender = r.Gender,
            Ratings = ratings[r.Id].ToList(),
            Leave = leave[r.Id].ToList(),
            Discipline = discipline[r.Id].ToList(),
            Pending = pending[r.Id].ToList(),
            Initiatives = initiatives[r.Id].ToList(),
            Awards = awards[r.Id].ToList(),
            Registered = feed.ForPerson(r.Id, r.UnitPath),
        })).ToList();
    }
}
