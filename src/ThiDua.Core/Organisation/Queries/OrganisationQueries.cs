using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Organisation.Queries;

public sealed record UnitSummary(int Id, string Code, string Name, UnitKind Kind, int? ParentId, string Path, int Depth, DateOnly ValidFrom, DateOnly? ValidTo, int PeopleCount);

/// <summary>A person as lists and the API show them; the national id only masked (<see cref="Person.Mask"/>).</summary>
public sealed record PersonSummary(int Id, string Code, string FullName, Gender Gender, DateOnly? BirthDate, int UnitId, string UnitName, string Position, bool IsLeader, DateOnly? RecruitedOn, LeadershipLevel Leadership = LeadershipLevel.NONE, string? NationalIdMasked = null);

public sealed record UnitDetail(UnitSummary Unit, IReadOnlyList<UnitSummary> Ancestors, IReadOnlyList<UnitSummary> Children);

/// <summary>
/// The units on which the user holds a permission (by default: may see them), as a tree, each with its direct
/// head-count. Account pages ask with <c>Accounts.Manage</c> for the units they may grant roles on.
/// </summary>
public sealed class ListUnits(AppDbContext db, ICurrentUser actor)
{
    public Task<IReadOnlyList<UnitSummary>> HandleAsync(CancellationToken ct = default) => HandleAsync(OrganisationPermissions.View, ct);

    public async Task<IReadOnlyList<UnitSummary>> HandleAsync(Permission permission, CancellationToken ct = default)
    {
        var paths = actor.ScopePaths(permission);
        var units = await db.Units.AsNoTracking().InScope(paths)
            .Select(u => new UnitSummary(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.Path, u.Depth, u.ValidFrom, u.ValidTo,
                db.People.Count(p => p.UnitId == u.Id)))
            .ToListAsync(ct);
        return OrderAsTree(units);
    }

    /// <summary>
    /// The tree as it stood on <paramref name="date"/>: only units active that day, and a unit later merged or split
    /// back under the parent it had before (its <see cref="UnitSuccession.FormerParentId"/>), with the names it had.
    /// </summary>
    public async Task<IReadOnlyList<UnitSummary>> HandleAsOfAsync(DateOnly date, CancellationToken ct = default)
    {
        var all = await HandleAsync(ct);
        var former = await db.UnitSuccessions.AsNoTracking().Where(s => s.On > date && s.FormerParentId != null)
            .Select(s => new { s.PredecessorId, s.FormerParentId }).ToListAsync(ct);
        var formerParent = former.GroupBy(f => f.PredecessorId).ToDictionary(g => g.Key, g => g.First().FormerParentId);
        var active = all.Where(u => u.ValidFrom <= date && (u.ValidTo is null || u.ValidTo >= date))
            .Select(u => formerParent.TryGetValue(u.Id, out var parent) ? u with { ParentId = parent } : u)
            .ToList();
        var ordered = OrderAsTree(active);
        var depth = new Dictionary<int, int>();
        return ordered.Select(u =>
        {
            var d = u.ParentId is int p && depth.TryGetValue(p, out var pd) ? pd + 1 : u.Depth;
            depth[u.Id] = d;
            return u with { Depth = d };
        }).ToList();
    }

    /// <summary>Depth-first order, siblings by kind then Vietnamese name (paths of ids do not sort by name).</summary>
    internal static List<UnitSummary> OrderAsTree(List<UnitSummary> units)
    {
        var byParent = units.ToLookup(u => u.ParentId);
        var ids = units.Select(u => u.Id).ToHashSet();
        var result = new List<UnitSummary>(units.Count);
        void Visit(UnitSummary u)
        {
            result.Add(u);
            foreach (var child in byParent[u.Id].OrderBy(c => c.Kind).ThenBy(c => c.Name, StringComparer.Create(VietnameseFormat.Culture, false)))
            {
                Visit(child);
            }
        }

        foreach (var root in units.Where(u => u.ParentId is null || !ids.Contains(u.ParentId.Value)).OrderBy(u => u.Path.Length))
        {
            Visit(root);
        }
        return result;
    }
}

/// <summary>One unit with its ancestors (for breadcrumbs) and children; outside the scope it is not found.</summary>
public sealed class GetUnit(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<UnitDetail>> HandleAsync(int id, CancellationToken ct = default)
    {
        var paths = actor.ScopePaths(OrganisationPermissions.View);
        var unit = await db.Units.AsNoTracking().InScope(paths).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return Result<UnitDetail>.NotFound();
        }

        var ancestorIds = unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).Where(a => a != id).ToList();
        var related = await db.Units.AsNoTracking().InScope(paths)
            .Where(u => ancestorIds.Contains(u.Id) || u.ParentId == id || u.Id == id)
            .Select(u => new UnitSummary(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.Path, u.Depth, u.ValidFrom, u.ValidTo,
                db.People.Count(p => p.UnitId == u.Id)))
            .ToListAsync(ct);
        var self = related.Single(u => u.Id == id);
        var ancestors = related.Where(u => ancestorIds.Contains(u.Id)).OrderBy(u => u.Depth).ToList();
        var children = ListUnits.OrderAsTree(related.Where(u => u.ParentId == id).ToList());
        return Result<UnitDetail>.Ok(new UnitDetail(self, ancestors, children));
    }
}

public sealed record ListPeopleInput(int? UnitId = null, string? Query = null, bool? IsLeader = null, Gender? Gender = null, PageRequest Page = default);

/// <summary>
/// People in scope, optionally within one unit's subtree, filtered by a diacritic-insensitive name search, and
/// sorted as Vietnamese names are: by given name, then the whole name.
/// </summary>
public sealed class ListPeople(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<Page<PersonSummary>>> HandleAsync(ListPeopleInput input, CancellationToken ct = default)
    {
        var paths = actor.ScopePaths(OrganisationPermissions.View);
        var query = db.People.AsNoTracking().InScope(paths);
        if (input.UnitId is int unitId)
        {
            var unit = await db.Units.AsNoTracking().InScope(paths).FirstOrDefaultAsync(u => u.Id == unitId, ct);
            if (unit is null)
            {
                return Result<Page<PersonSummary>>.NotFound();
            }

            query = query.Where(p => p.Unit.Path.StartsWith(unit.Path));
        }

        var folded = SearchText.Fold(input.Query);
        if (folded.Length > 0)
        {
            var code = folded.ToUpperInvariant();
            query = query.Where(p => p.SearchName.Contains(folded) || p.Code.Contains(code));
        }

        if (input.IsLeader is bool leader)
        {
            query = query.Where(p => p.IsLeader == leader);
        }

        if (input.Gender is Gender gender)
        {
            query = query.Where(p => p.Gender == gender);
        }

        var page = input.Page.Number == 0 ? new PageRequest() : input.Page;
        var total = await query.CountAsync(ct);
        // Vietnamese order (given name first) is applied by the database on the folded given name; ties by full name.
        var items = await query.OrderBy(p => p.GivenName).ThenBy(p => p.FullName).ThenBy(p => p.Id)
            .Skip(page.Skip).Take(page.SafeSize)
            .Select(p => new PersonSummary(p.Id, p.Code, p.FullName, p.Gender, p.BirthDate, p.UnitId, p.Unit.Name, p.Position, p.IsLeader, p.RecruitedOn, p.Leadership, Person.Mask(p.NationalId)))
            .ToListAsync(ct);
        return Result<Page<PersonSummary>>.Ok(new Page<PersonSummary>(items, page.SafeNumber, page.SafeSize, total));
    }
}

/// <summary>One person in scope.</summary>
public sealed class GetPerson(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<PersonSummary>> HandleAsync(int id, CancellationToken ct = default)
    {
        var paths = actor.ScopePaths(OrganisationPermissions.View);
        var person = await db.People.AsNoTracking().InScope(paths).Where(p => p.Id == id)
            .Select(p => new PersonSummary(p.Id, p.Code, p.FullName, p.Gender, p.BirthDate, p.UnitId, p.Unit.Name, p.Position, p.IsLeader, p.RecruitedOn, p.Leadership, Person.Mask(p.NationalId)))
            .FirstOrDefaultAsync(ct);
        return person is null ? Result<PersonSummary>.NotFound() : Result<PersonSummary>.Ok(person);
    }

    public async Task<Result<PersonSummary>> HandleByCodeAsync(string code, CancellationToken ct = default)
    {
        var normalised = code.Trim().ToUpperInvariant();
        var id = await db.People.AsNoTracking().InScope(actor.ScopePaths(OrganisationPermissions.View))
            .Where(p => p.Code == normalised).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        return id is null ? Result<PersonSummary>.NotFound() : await HandleAsync(id.Value, ct);
    }
}
