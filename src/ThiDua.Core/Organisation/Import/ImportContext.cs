using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation.Records;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Organisation.Import;

/// <summary>
/// What an import needs to know, loaded once: the units and people the actor manages (tracked, by code), the codes
/// and national ids taken anywhere (to refuse duplicates without showing whose they are), and the existing records of
/// the kind being imported, by their matching key. Rows seen so far remember their key to report duplicates.
/// </summary>
internal sealed class ImportContext
{
    private ImportContext()
    {
    }

    public Dictionary<string, OrgUnit> Units { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> UnitCodesAnywhere { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, Person> People { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> PersonCodesAnywhere { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, int> NationalIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<(int PersonId, int Year), PersonRating> Ratings { get; } = [];

    public Dictionary<(int PersonId, int Year, LeaveReason Reason), LeaveRecord> Leave { get; } = [];

    public Dictionary<(int PersonId, DateOnly DecidedOn, DisciplineLevel Level), DisciplineRecord> Discipline { get; } = [];

    public Dictionary<(int PersonId, PendingKind Kind, DateOnly OpenedOn), PendingCase> Pending { get; } = [];

    public Dictionary<(string Number, string Title), Initiative> Initiatives { get; } = [];

    public Dictionary<(int? PersonId, int? UnitId, AwardCode Code, string Number), AwardRecord> Awards { get; } = [];

    public Dictionary<(int UnitId, int Year), UnitRating> UnitRatings { get; } = [];

    /// <summary>The first row of each key in the file, to name it when a later row repeats the key.</summary>
    public Dictionary<string, int> SeenKeys { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>People created by this import: they get their first assignment once they have an id.</summary>
    public List<Person> NewPeople { get; } = [];

    public static async Task<ImportContext> LoadAsync(AppDbContext db, ICurrentUser actor, ImportKind kind, CancellationToken ct)
    {
        var context = new ImportContext();
        var paths = actor.ScopePaths(OrganisationPermissions.Manage);
        foreach (var unit in await db.Units.InScope(paths).ToListAsync(ct))
        {
            context.Units[unit.Code] = unit;
        }

        if (kind == ImportKind.Units)
        {
            context.UnitCodesAnywhere.UnionWith(await db.Units.Select(u => u.Code).ToListAsync(ct));
            return context;
        }

        var people = db.People.InScope(paths);
        if (kind is not ImportKind.UnitRatings)
        {
            foreach (var person in await people.ToListAsync(ct))
            {
                context.People[person.Code] = person;
            }
        }

        var ids = people.Select(p => p.Id);
        var unitIds = db.Units.InScope(paths).Select(u => u.Id);
        switch (kind)
        {
            case ImportKind.People:
                context.PersonCodesAnywhere.UnionWith(await db.People.Select(p => p.Code).ToListAsync(ct));
                foreach (var n in await db.People.Where(p => p.NationalId != null).Select(p => new { p.Id, p.NationalId }).ToListAsync(ct))
                {
                    context.NationalIds[n.NationalId!] = n.Id;
                }

                break;
            case ImportKind.Ratings:
                foreach (var r in await db.PersonRatings.Where(r => ids.Contains(r.PersonId)).ToListAsync(ct))
                {
                    context.Ratings[(r.PersonId, r.Year)] = r;
                }

                break;
            case ImportKind.Leave:
                foreach (var r in await db.LeaveRecords.Where(r => ids.Contains(r.PersonId)).ToListAsync(ct))
                {
                    context.Leave[(r.PersonId, r.Year, r.Reason)] = r;
                }

                break;
            case ImportKind.Discipline:
                foreach (var r in await db.DisciplineRecords.Where(r => ids.Contains(r.PersonId)).ToListAsync(ct))
                {
                    context.Discipline[(r.PersonId, r.DecidedOn, r.Level)] = r;
                }

                break;
            case ImportKind.PendingCases:
                foreach (var r in await db.PendingCases.Where(r => ids.Contains(r.PersonId)).ToListAsync(ct))
                {
                    context.Pending[(r.PersonId, r.Kind, r.OpenedOn)] = r;
                }

                break;
            case ImportKind.Initiatives:
                // Initiatives are shared by their authors; those with an author in scope can be matched and extended.
                var authored = db.InitiativeAuthors.Where(a => ids.Contains(a.PersonId)).Select(a => a.InitiativeId);
                foreach (var i in await db.Initiatives.Include(i => i.Authors).Where(i => authored.Contains(i.Id)).ToListAsync(ct))
                {
                    context.Initiatives[(i.DecisionNumber, i.Title)] = i;
                }

                break;
            case ImportKind.Awards:
                foreach (var a in await db.AwardRecords.Where(a => (a.PersonId != null && ids.Contains(a.PersonId.Value)) || (a.UnitId != null && unitIds.Contains(a.UnitId.Value))).ToListAsync(ct))
                {
                    context.Awards[(a.PersonId, a.UnitId, a.Code, a.DecisionNumber)] = a;
                }

                break;
            case ImportKind.UnitRatings:
                foreach (var r in await db.UnitRatings.Where(r => unitIds.Contains(r.UnitId)).ToListAsync(ct))
                {
                    context.UnitRatings[(r.UnitId, r.Year)] = r;
                }

                break;
            default:
                break;
        }

        return context;
    }

    /// <summary>True the first time; otherwise reports which row had the key first.</summary>
    public bool FirstTime(string key, int row, RowReader reader, string what)
    {
        if (SeenKeys.TryGetValue(key, out var first))
        {
            reader.RowError($"Trùng {what} với dòng {first} trong tệp.");
            return false;
        }

        SeenKeys[key] = row;
        return true;
    }

    /// <summary>New people get their first assignment (from recruitment, or today) once the database gave them ids.</summary>
    public async Task AfterFirstSaveAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        if (NewPeople.Count == 0)
        {
            return;
        }

        foreach (var p in NewPeople)
        {
            db.Assignments.Add(new PersonAssignment(p.Id, p.UnitId, p.Position, p.Leadership, p.RecruitedOn ?? today));
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }
}
