using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Organisation.Search;

public sealed record SearchHit(string Kind, int Id, string Title, string Subtitle);

public sealed record SearchResults(string Query, IReadOnlyList<SearchHit> Units, IReadOnlyList<SearchHit> People);

/// <summary>
/// The header search box: people and units in scope whose name has a word beginning with each word typed,
/// ignoring diacritics and case ("nguyen van an" finds "Nguyễn Văn An"), through the folded search columns.
/// </summary>
public sealed class SearchDirectory(AppDbContext db, ICurrentUser actor)
{
    public const int Limit = 20;

    public async Task<SearchResults> HandleAsync(string? query, CancellationToken ct = default)
    {
        var folded = SearchText.Fold(query);
        if (folded.Length == 0)
        {
            return new SearchResults(query ?? string.Empty, [], []);
        }

        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var paths = actor.ScopePaths(OrganisationPermissions.View);
        var units = db.Units.AsNoTracking().InScope(paths);
        var people = db.People.AsNoTracking().InScope(paths);
        foreach (var word in words)
        {
            // Each typed word must begin a word of the name ("an" finds "An", not "Khánh"); codes are in capitals.
            var code = word.ToUpperInvariant();
            var wordStart = " " + word;
            units = units.Where(u => (" " + u.SearchName).Contains(wordStart) || u.Code == code);
            people = people.Where(p => (" " + p.SearchName).Contains(wordStart) || p.Code == code);
        }

        var unitHits = await units.OrderBy(u => u.Depth).ThenBy(u => u.Name).Take(Limit)
            .Select(u => new SearchHit("unit", u.Id, u.Name, u.Code)).ToListAsync(ct);
        var personHits = await people
            // Exact folded match first, then Vietnamese name order.
            .OrderBy(p => p.SearchName == folded ? 0 : 1).ThenBy(p => p.GivenName).ThenBy(p => p.FullName).Take(Limit)
            .Select(p => new SearchHit("person", p.Id, p.FullName, p.Position + " – " + p.Unit.Name)).ToListAsync(ct);
        return new SearchResults(query ?? string.Empty, unitHits, personHits);
    }
}
