using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Imports.Files;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Organisation.Import;

public enum ExportFormat
{
    Xlsx,
    Csv,
}

/// <summary>
/// Writes the data of one kind, in the user's scope (optionally one unit's subtree), with exactly the columns of the
/// import template — so an exported file imported again changes nothing. With <c>template</c>, only the headers.
/// National ids are written in full only for people the user manages (and may import back); otherwise masked.
/// </summary>
public sealed class OrganisationExport(AppDbContext db, ICurrentUser actor)
{
    public static string FileName(ImportKind kind, ExportFormat format, bool template) =>
        $"thidua-{ImportSchemas.Slug(kind)}{(template ? "-mau" : string.Empty)}.{(format == ExportFormat.Xlsx ? "xlsx" : "csv")}";

    public static void WriteTemplate(ImportKind kind, ExportFormat format, Stream output) => Write(kind, format, output, []);

    /// <summary>Null when <paramref name="unitId"/> is outside the scope (404).</summary>
    public async Task<bool> WriteAsync(ImportKind kind, ExportFormat format, int? unitId, Stream output, CancellationToken ct = default)
    {
        var paths = actor.ScopePaths(OrganisationPermissions.View);
        var units = db.Units.AsNoTracking().InScope(paths);
        if (unitId is int id)
        {
            var root = await units.Where(u => u.Id == id).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (root is null)
            {
                return false;
            }

            units = units.Where(u => u.Path.StartsWith(root));
        }

        var people = db.People.AsNoTracking().Where(p => units.Select(u => u.Id).Contains(p.UnitId));
        var personIds = people.Select(p => p.Id);
        IEnumerable<IReadOnlyList<object?>> rows = kind switch
        {
            ImportKind.Units => (await units.OrderBy(u => u.Path).Select(u => new { u.Code, u.Name, u.Kind, Parent = u.Parent!.Code, u.ValidFrom }).ToListAsync(ct))
                .Select(u => Row(u.Code, u.Name, u.Kind.ToString(), u.Parent, u.ValidFrom)),
            ImportKind.People => (await people.OrderBy(p => p.Code)
                    .Select(p => new { p.Code, p.FullName, p.Gender, p.BirthDate, Unit = p.Unit.Code, UnitPath = p.Unit.Path, p.Position, p.Leadership, p.RecruitedOn, p.NationalId }).ToListAsync(ct))
                .Select(p => Row(p.Code, p.FullName, p.Gender == Gender.F ? "Nữ" : "Nam", p.BirthDate, p.Unit, p.Position, p.Leadership.ToString(), p.RecruitedOn,
                    actor.CanAccess(OrganisationPermissions.Manage, p.UnitPath) ? p.NationalId : Person.Mask(p.NationalId))),
            ImportKind.Ratings => (await db.PersonRatings.AsNoTracking().Where(r => personIds.Contains(r.PersonId))
                    .Join(db.People, r => r.PersonId, p => p.Id, (r, p) => new { p.Code, r.Year, r.Rating }).OrderBy(x => x.Code).ThenBy(x => x.Year).ToListAsync(ct))
                .Select(x => Row(x.Code, x.Year, CodeOf<Rating>.Code(x.Rating))),
            ImportKind.Leave => (await db.LeaveRecords.AsNoTracking().Where(r => personIds.Contains(r.PersonId))
                    .Join(db.People, r => r.PersonId, p => p.Id, (r, p) => new { p.Code, r.Year, r.Reason, r.WorkingDays }).OrderBy(x => x.Code).ThenBy(x => x.Year).ToListAsync(ct))
                .Select(x => Row(x.Code, x.Year, CodeOf<LeaveReason>.Code(x.Reason), x.WorkingDays)),
            ImportKind.Discipline => (await db.DisciplineRecords.AsNoTracking().Where(r => personIds.Contains(r.PersonId))
                    .Join(db.People, r => r.PersonId, p => p.Id, (r, p) => new { p.Code, r.Level, r.DecidedOn, r.EndsOn, r.DecisionRef }).OrderBy(x => x.Code).ThenBy(x => x.DecidedOn).ToListAsync(ct))
                .Select(x => Row(x.Code, CodeOf<DisciplineLevel>.Code(x.Level), x.DecidedOn, x.EndsOn, x.DecisionRef)),
            ImportKind.PendingCases => (await db.PendingCases.AsNoTracking().Where(r => personIds.Contains(r.PersonId))
                    .Join(db.People, r => r.PersonId, p => p.Id, (r, p) => new { p.Code, r.Kind, r.OpenedOn, r.ClosedOn, r.Note }).OrderBy(x => x.Code).ThenBy(x => x.OpenedOn).ToListAsync(ct))
                .Select(x => Row(x.Code, CodeOf<PendingKind>.Code(x.Kind), x.OpenedOn, x.ClosedOn, x.Note)),
            ImportKind.Initiatives => await InitiativeRowsAsync(personIds, ct),
            ImportKind.Awards => (await db.AwardRecords.AsNoTracking()
                    .Where(a => a.RevokedOn == null && ((a.PersonId != null && personIds.Contains(a.PersonId.Value)) || (a.UnitId != null && units.Select(u => u.Id).Contains(a.UnitId.Value))))
                    .Select(a => new
                    {
                        Person = db.People.Where(p => p.Id == a.PersonId).Select(p => p.Code).FirstOrDefault(),
                        Unit = db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Code).FirstOrDefault(),
                        a.Code, a.Kind, a.PeriodFrom, a.PeriodTo, a.DecisionNumber, a.DecisionDate, a.Issuer,
                    }).ToListAsync(ct))
                .OrderBy(a => a.Person ?? a.Unit, StringComparer.Ordinal).ThenBy(a => a.DecisionDate)
                .Select(a => Row(a.Person, a.Unit, CodeOf<AwardCode>.Code(a.Code), CodeOf<AwardKind>.Code(a.Kind), a.PeriodFrom, a.PeriodTo == a.PeriodFrom ? null : a.PeriodTo, a.DecisionNumber, a.DecisionDate, a.Issuer)),
            ImportKind.UnitRatings => (await db.UnitRatings.AsNoTracking().Where(r => units.Select(u => u.Id).Contains(r.UnitId))
                    .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { u.Code, r.Year, r.Rating }).OrderBy(x => x.Code).ThenBy(x => x.Year).ToListAsync(ct))
                .Select(x => Row(x.Code, x.Year, CodeOf<Rating>.Code(x.Rating))),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        Write(kind, format, output, rows);
        return true;
    }

    private async Task<IEnumerable<IReadOnlyList<object?>>> InitiativeRowsAsync(IQueryable<int> personIds, CancellationToken ct)
    {
        var authored = db.InitiativeAuthors.Where(a => personIds.Contains(a.PersonId)).Select(a => a.InitiativeId);
        var initiatives = await db.Initiatives.AsNoTracking().Where(i => authored.Contains(i.Id)).OrderBy(i => i.Year).ThenBy(i => i.DecisionNumber)
            .Select(i => new
            {
                i.Title, i.Scope, i.RecognisedBy, i.DecisionNumber, i.DecisionDate, i.Year,
                Authors = db.InitiativeAuthors.Where(a => a.InitiativeId == i.Id && personIds.Contains(a.PersonId))
                    .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => p.Code).ToList(),
            }).ToListAsync(ct);
        return initiatives.Select(i => Row(i.Title, CodeOf<InitiativeScope>.Code(i.Scope), i.RecognisedBy, i.DecisionNumber, i.DecisionDate, i.Year,
            string.Join("; ", i.Authors.Order(StringComparer.Ordinal))));
    }

    private static object?[] Row(params object?[] values) => values;

    private static void Write(ImportKind kind, ExportFormat format, Stream output, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var headers = ImportSchemas.Columns(kind).Select(c => c.Header).ToList();
        if (format == ExportFormat.Xlsx)
        {
            TabularFileWriter.WriteXlsx(output, ImportSchemas.Title(kind), headers, rows);
        }
        else
        {
            TabularFileWriter.WriteCsv(output, headers, rows);
        }
    }
}
