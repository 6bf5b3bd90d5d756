using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Registrations;

public sealed record RegistrationRow(
    int Id,
    int Year,
    string Kind,
    int? PersonId,
    string? PersonCode,
    string Name,
    string? Position,
    int UnitId,
    string UnitName,
    AwardCode Title,
    string TitleName,
    RegistrationStatus Status,
    string StatusName,
    string FiledBy,
    bool OnBehalf,
    DateTime FiledAt,
    string? LateReason,
    DateTime? SubmittedAt,
    DateTime? DecidedAt,
    string? DecidedBy,
    string? ReturnReason,
    bool CanDecide);

public sealed record RegistrationQuery(int? UnitId, int Year, RegistrationStatus? Status = null, string? Kind = null, string? Q = null, int Page = 1, int Size = 50);

public sealed record RegistrationPage(int UnitId, string UnitName, int Year, RoundView? Round, int Total, int Page, int Size,
    IReadOnlyDictionary<string, int> CountsByStatus, IReadOnlyList<RegistrationRow> Items);

public sealed record RoundView(int Id, int UnitId, string UnitName, int Year, DateOnly Deadline, bool Passed, bool CanManage);

/// <summary>One unit of the coverage table: its people (its own and its departments') and whether the collective registered.</summary>
public sealed record CoverageUnitRow(int UnitId, string Code, string Name, bool CollectiveRegistered, AwardCode? CollectiveTitle, int People, int PeopleRegistered, decimal? PeopleShare);

public sealed record NotRegisteredPerson(int PersonId, string Code, string FullName, string Position, string UnitName);

/// <summary>
/// Registration coverage of a unit's subtree for a year: collectives (the unit and its subordinate units, not departments)
/// and people now in the subtree, how many registered (submitted or approved) and the shares, per unit, and who has not.
/// </summary>
public sealed record RegistrationCoverage(int UnitId, string UnitName, int Year, RoundView? Round,
    int Units, int UnitsRegistered, decimal? UnitsShare, int People, int PeopleRegistered, decimal? PeopleShare, int Approved,
    IReadOnlyList<CoverageUnitRow> Rows, IReadOnlyList<CoverageUnitRow> UnitsNotRegistered, IReadOnlyList<NotRegisteredPerson> PeopleNotRegistered);

/// <summary>The signed-in person's own registration for a year and whether they may still file one.</summary>
public sealed record MyRegistration(int PersonId, string FullName, string UnitName, int Year, RoundView? Round, RegistrationRow? Registration);

/// <summary>Registrations the user sees (Registrations.View on the registering unit): list, coverage, round and their own.</summary>
public sealed class RegistrationQueries(AppDbContext db, ICurrentUser actor, EmulationCalendar calendar)
{
    public async Task<Result<RegistrationPage>> ListAsync(RegistrationQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var root = await RootAsync(query.UnitId, ct);
        if (root is null)
        {
            return Result<RegistrationPage>.NotFound();
        }

        var rows = await RowsAsync(db.Registrations.Where(r => r.Year == query.Year && r.Unit.Path.StartsWith(root.Path)), ct);
        var counts = Enum.GetValues<RegistrationStatus>().ToDictionary(s => CodeOf<RegistrationStatus>.Code(s), s => rows.Count(r => r.Status == s));
        IEnumerable<RegistrationRow> filtered = rows;
        if (query.Status is { } status)
        {
            filtered = filtered.Where(r => r.Status == status);
        }

        if (query.Kind is { Length: > 0 } kind)
        {
            filtered = filtered.Where(r => string.Equals(r.Kind, kind, StringComparison.OrdinalIgnoreCase));
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = SearchText.Fold(query.Q);
            filtered = filtered.Where(r => SearchText.Fold(r.Name).Contains(q, StringComparison.Ordinal) || SearchText.Fold(r.UnitName).Contains(q, StringComparison.Ordinal));
        }

        var ordered = Order(filtered).ToList();
        var size = Math.Clamp(query.Size, 1, 500);
        var page = Math.Max(1, query.Page);
        return Result<RegistrationPage>.Ok(new RegistrationPage(root.Id, root.Name, query.Year, await RoundAsync(root.Path, query.Year, ct), ordered.Count, page, size, counts,
            ordered.Skip((page - 1) * size).Take(size).ToList()));
    }

    /// <summary>All rows of the subtree's list in document order (for the Word and Excel roll-up).</summary>
    public async Task<Result<(OrgUnit Unit, IReadOnlyList<RegistrationRow> Rows)>> RollUpAsync(int? unitId, int year, CancellationToken ct = default)
    {
        var root = await RootAsync(unitId, ct);
        if (root is null)
        {
            return Result<(OrgUnit, IReadOnlyList<RegistrationRow>)>.NotFound();
        }

        var rows = await RowsAsync(db.Registrations.Where(r => r.Year == year && r.Unit.Path.StartsWith(root.Path)
            && (r.Status == RegistrationStatus.Submitted || r.Status == RegistrationStatus.Approved)), ct);
        return Result<(OrgUnit, IReadOnlyList<RegistrationRow>)>.Ok((root, Order(rows).ToList()));
    }

    public async Task<Result<RegistrationRow>> GetAsync(int id, CancellationToken ct = default)
    {
        var own = await RegistrationRules.OwnPersonAsync(db, actor, ct);
        var paths = actor.ScopePaths(RegistrationsPermissions.View);
        var row = (await RowsAsync(db.Registrations.Where(r => r.Id == id), ct)).FirstOrDefault();
        if (row is null)
        {
            return Result<RegistrationRow>.NotFound();
        }

        var path = await db.Units.Where(u => u.Id == row.UnitId).Select(u => u.Path).SingleAsync(ct);
        return paths.Any(p => path.StartsWith(p, StringComparison.Ordinal)) || (row.PersonId is not null && row.PersonId == own)
            ? Result<RegistrationRow>.Ok(row)
            : Result<RegistrationRow>.NotFound();
    }

    public async Task<Result<MyRegistration>> MineAsync(int year, CancellationToken ct = default)
    {
        var own = await RegistrationRules.OwnPersonAsync(db, actor, ct);
        var person = own is null ? null : await db.People.AsNoTracking().Where(p => p.Id == own).Select(p => new { p.Id, p.FullName, UnitName = p.Unit.Name, p.Unit.Path }).FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return Result<MyRegistration>.NotFound();
        }

        var row = (await RowsAsync(db.Registrations.Where(r => r.Year == year && r.PersonId == person.Id), ct)).FirstOrDefault();
        return Result<MyRegistration>.Ok(new MyRegistration(person.Id, person.FullName, person.UnitName, year, await RoundAsync(person.Path, year, ct), row));
    }

    public async Task<Result<RegistrationCoverage>> CoverageAsync(int? unitId, int year, CancellationToken ct = default)
    {
        var root = await RootAsync(unitId, ct);
        if (root is null)
        {
            return Result<RegistrationCoverage>.NotFound();
        }

        var (start, end) = (calendar.Start(year), calendar.End(year));
        var units = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(root.Path) && u.ValidFrom <= end && (u.ValidTo == null || u.ValidTo >= start))
            .Select(u => new { u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.Path }).ToListAsync(ct);
        var collectives = units.Where(u => RegistrationRules.IsCollectiveKind(u.Kind)).ToList();
        var collectiveIds = collectives.Select(u => u.Id).ToHashSet();
        var collectiveOf = units.ToDictionary(u => u.Id, u => collectiveIds.Contains(u.Id) ? u.Id : u.ParentId is { } p && collectiveIds.Contains(p) ? p : root.Id);
        var people = await db.People.AsNoTracking().Where(p => p.Unit.Path.StartsWith(root.Path))
            .Select(p => new { p.Id, p.Code, p.FullName, p.GivenName, p.Position, p.UnitId, UnitName = p.Unit.Name }).ToListAsync(ct);
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.Year == year && r.Unit.Path.StartsWith(root.Path)
                && (r.Status == RegistrationStatus.Submitted || r.Status == RegistrationStatus.Approved))
            .Select(r => new { r.PersonId, r.CollectiveUnitId, r.Title, r.Status }).ToListAsync(ct);
        var registeredPeople = registrations.Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value).ToHashSet();
        var collectiveTitles = registrations.Where(r => r.CollectiveUnitId is not null).GroupBy(r => r.CollectiveUnitId!.Value).ToDictionary(g => g.Key, g => g.First().Title);
        var names = StringComparer.Create(VietnameseFormat.Culture, false);

        var rows = collectives.OrderBy(u => u.Path.Length).ThenBy(u => u.Code, StringComparer.Ordinal).Select(u =>
        {
            var staff = people.Where(p => collectiveOf.TryGetValue(p.UnitId, out var c) && c == u.Id).ToList();
            var registered = staff.Count(p => registeredPeople.Contains(p.Id));
            return new CoverageUnitRow(u.Id, u.Code, u.Name, collectiveTitles.ContainsKey(u.Id), collectiveTitles.TryGetValue(u.Id, out var t) ? t : null,
                staff.Count, registered, Share(registered, staff.Count));
        }).ToList();
        var notRegistered = people.Where(p => !registeredPeople.Contains(p.Id))
            .OrderBy(p => p.UnitName, names).ThenBy(p => p.GivenName, names).ThenBy(p => p.FullName, names)
            .Select(p => new NotRegisteredPerson(p.Id, p.Code, p.FullName, p.Position, p.UnitName)).ToList();
        var unitsRegistered = rows.Count(r => r.CollectiveRegistered);
        return Result<RegistrationCoverage>.Ok(new RegistrationCoverage(root.Id, root.Name, year, await RoundAsync(root.Path, year, ct),
            rows.Count, unitsRegistered, Share(unitsRegistered, rows.Count), people.Count, registeredPeople.Count, Share(registeredPeople.Count, people.Count),
            registrations.Count(r => r.Status == RegistrationStatus.Approved), rows, rows.Where(r => !r.CollectiveRegistered).ToList(), notRegistered));
    }

    /// <summary>The round governing the unit (its own or its nearest ancestor's), as the pages show it.</summary>
    public async Task<RoundView?> RoundAsync(string unitPath, int year, CancellationToken ct)
    {
        var round = await RegistrationRules.RoundForAsync(db, unitPath, year, ct);
        return round is null ? null : new RoundView(round.Id, round.UnitId, round.UnitName, year, round.Deadline, calendar.Today > round.Deadline,
            actor.CanAccess(RegistrationsPermissions.Manage, round.UnitPath));
    }

    /// <summary>The unit asked (or the user's top unit) when the user sees registrations there.</summary>
    public async Task<OrgUnit?> RootAsync(int? unitId, CancellationToken ct)
    {
        var units = db.Units.AsNoTracking().InScope(actor.ScopePaths(RegistrationsPermissions.View));
        return await (unitId is { } id ? units.Where(u => u.Id == id) : units.OrderBy(u => u.Depth).ThenBy(u => u.Id)).FirstOrDefaultAsync(ct);
    }

    private static decimal? Share(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

    private static IEnumerable<RegistrationRow> Order(IEnumerable<RegistrationRow> rows)
    {
        var names = StringComparer.Create(VietnameseFormat.Culture, false);
        return rows.OrderBy(r => r.Kind == "COLLECTIVE" ? 0 : 1).ThenBy(r => r.UnitName, names).ThenBy(r => GivenName(r.Name), names).ThenBy(r => r.Name, names).ThenBy(r => r.Id);
    }

    private static string GivenName(string fullName)
    {
        var space = fullName.LastIndexOf(' ');
        return space < 0 ? fullName : fullName[(space + 1)..];
    }

    private async Task<List<RegistrationRow>> RowsAsync(IQueryable<Registration> registrations, CancellationToken ct)
    {
        var raw = await registrations.AsNoTracking().Select(r => new
        {
            r.Id, r.Year, r.PersonId, PersonCode = r.Person == null ? null : r.Person.Code, PersonName = r.Person == null ? null : r.Person.FullName,
            Position = r.Person == null ? null : r.Person.Position, r.UnitId, UnitName = r.Unit.Name, UnitPath = r.Unit.Path, r.CollectiveUnitId, r.Title, r.Status,
            r.FiledBy, r.OnBehalf, r.FiledAt, r.LateReason, r.SubmittedAt, r.DecidedAt, r.DecidedBy, r.ReturnReason,
        }).ToListAsync(ct);
        var approve = actor.ScopePaths(RegistrationsPermissions.Approve);
        return raw.Select(r => new RegistrationRow(r.Id, r.Year, r.PersonId is null ? "COLLECTIVE" : "PERSON", r.PersonId, r.PersonCode, r.PersonName ?? r.UnitName,
            r.Position, r.UnitId, r.UnitName, r.Title, CodeNames.Of(r.Title), r.Status, RegistrationWorkflow.Name(r.Status), r.FiledBy, r.OnBehalf, r.FiledAt, r.LateReason,
            r.SubmittedAt, r.DecidedAt, r.DecidedBy, r.ReturnReason,
            r.Status == RegistrationStatus.Submitted && RegistrationRules.ParentPath(r.UnitPath) is { } above && approve.Any(p => above.StartsWith(p, StringComparison.Ordinal)))).ToList();
    }
}
