using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Data;
using ThiDua.Core.Registrations;

namespace ThiDua.Core.Awards.Candidates;

/// <summary>
/// What the rules engine learns from the Registrations module for an assessed year (rules.md §5, "no registration, no
/// title" of the justice sector). The rule: a person or collective is judged under the justice sector when a
/// registration round of that year covers their unit — opened by the unit or a unit above it — and then only their
/// <b>approved</b> registered title counts (a draft, submitted or returned registration is no registration yet);
/// outside any round (the historic years, units that collect no registrations) the general sector applies and the
/// pages keep saying that registration data is missing.
/// </summary>
public sealed class RegistrationFeed
{
    public const string JusticeNote = "Ngành Tư pháp: chỉ xét danh hiệu đã đăng ký từ đầu năm (đăng ký đã được cấp trên duyệt); người, tập thể không đăng ký thì chưa đạt điều kiện “có đăng ký thi đua”.";

    public const string PartialNote = "Một phần đơn vị trong danh sách đã mở đợt đăng ký thi đua năm này: đơn vị đó xét theo điều kiện đăng ký của ngành Tư pháp, các đơn vị còn lại theo quy định chung (chưa có dữ liệu đăng ký).";

    private static readonly IReadOnlyList<AwardCode> None = [];

    private readonly List<string> _roundPaths;
    private readonly Dictionary<int, List<AwardCode>> _people;
    private readonly Dictionary<int, List<AwardCode>> _units;

    private RegistrationFeed(List<string> roundPaths, Dictionary<int, List<AwardCode>> people, Dictionary<int, List<AwardCode>> units)
    {
        _roundPaths = roundPaths;
        _people = people;
        _units = units;
    }

    public static RegistrationFeed Empty { get; } = new([], [], []);

    public static async Task<RegistrationFeed> LoadAsync(AppDbContext db, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rounds = await db.RegistrationRounds.AsNoTracking().Where(r => r.Year == year).Select(r => r.Unit.Path).ToListAsync(ct);
        if (rounds.Count == 0)
        {
            return Empty;
        }

        var approved = await db.Registrations.AsNoTracking().Where(r => r.Year == year && r.Status == RegistrationStatus.Approved)
            .Select(r => new { r.PersonId, r.CollectiveUnitId, r.Title }).ToListAsync(ct);
        return new RegistrationFeed(rounds,
            approved.Where(r => r.PersonId is not null).GroupBy(r => r.PersonId!.Value).ToDictionary(g => g.Key, g => g.Select(r => r.Title).ToList()),
            approved.Where(r => r.CollectiveUnitId is not null).GroupBy(r => r.CollectiveUnitId!.Value).ToDictionary(g => g.Key, g => g.Select(r => r.Title).ToList()));
    }

    /// <summary>A round of the year covers the unit (its own or an ancestor's).</summary>
    public bool Covers(string unitPath) => _roundPaths.Exists(p => unitPath.StartsWith(p, StringComparison.Ordinal));

    /// <summary>The person's approved titles when their unit is covered; null (no registration data) otherwise.</summary>
    public IReadOnlyList<AwardCode>? ForPerson(int personId, string unitPath) =>
        !Covers(unitPath) ? null : _people.TryGetValue(personId, out var titles) ? titles : None;

    public IReadOnlyList<AwardCode>? ForUnit(int unitId, string unitPath) =>
        !Covers(unitPath) ? null : _units.TryGetValue(unitId, out var titles) ? titles : None;

    /// <summary>The sector a list of the subtree is judged under: justice when a round covers its root.</summary>
    public Sector SectorFor(string rootPath) => Covers(rootPath) ? Sector.Justice : CaseBuilder.SectorUsed;

    /// <summary>What the pages say about registrations for the subtree.</summary>
    public string NoteFor(string rootPath) =>
        Covers(rootPath) ? JusticeNote : _roundPaths.Exists(p => p.StartsWith(rootPath, StringComparison.Ordinal)) ? PartialNote : ListCandidates.RegistrationNote;
}
