using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Candidates;

/// <summary>Filters of a candidate list; null means "all".</summary>
public sealed record CandidateQuery(
    int? UnitId,
    int? Year,
    AwardCode? Target = null,
    Outcome? Outcome = null,
    bool? Leader = null,
    Organisation.Gender? Gender = null,
    int Page = 1,
    int Size = 50,
    DateOnly? AsOf = null);

/// <summary>An unmet condition of a row: code, Vietnamese message, article.</summary>
public sealed record CandidateUnmet(string Code, string Message, string Citation);

/// <summary>One person or collective × one title or form, with the engine's verdict.</summary>
public sealed record CandidateRow(
    string Kind,
    int? PersonId,
    int UnitId,
    string Code,
    string Name,
    string UnitName,
    bool? IsLeader,
    string? Gender,
    AwardCode Target,
    Outcome Outcome,
    string? Regime,
    IReadOnlyList<CandidateUnmet> Unmet,
    IReadOnlyList<string> Council);

public sealed record CandidateCount(Outcome Outcome, int Count);

/// <summary>The unit a list, a quota or a fairness panel is drawn for.</summary>
public sealed record CandidateRoot(int Id, string Code, string Name, string Path, UnitKind Kind);

public sealed record CandidateList(
    int UnitId,
    string UnitName,
    int Year,
    string YearSpan,
    DateOnly AsOf,
    string Sector,
    string Note,
    int Total,
    int Page,
    int Size,
    IReadOnlyList<CandidateCount> Counts,
    IReadOnlyList<CandidateRow> Items);

/// <summary>
/// The candidate lists (issue 4, item 4): for a unit in the caller's scope and its subtree, every person × the
/// individual titles and forms and every collective × the collective titles, judged by the rules engine on the
/// database records (<see cref="CaseBuilder"/>) for an emulation year (default: the last finished one). Another
/// unit's id answers not found. Counts per outcome are taken before the outcome filter and paging.
/// </summary>
public sealed class ListCandidates(AppDbContext db, ICurrentUser actor, CandidateEvaluator evaluator)
{
    /// <summary>What the pages show while no registration is recorded (CaseBuilder uses the general sector).</summary>
    public const string RegistrationNote = "Chưa có dữ liệu đăng ký thi đua: điều kiện “có đăng ký thi đua từ đầu năm” của ngành Tư pháp chưa được xét; kết quả theo quy định chung.";

    public static readonly IReadOnlyList<AwardCode> PersonTargets =
        [AwardCode.Ldtt, AwardCode.Cstdcs, AwardCode.Cstdbo, AwardCode.Cstdtq, AwardCode.Bkbo, AwardCode.Bkttg, AwardCode.Hcld3, AwardCode.Hcld2, AwardCode.Hcld1];

    public static readonly IReadOnlyList<AwardCode> CollectiveTargets = [AwardCode.Ttldtt, AwardCode.Ttldxs, AwardCode.Ctdbo];

    public async Task<Result<CandidateList>> HandleAsync(CandidateQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var root = await FindRootAsync(query.UnitId, ct);
        if (root is null)
        {
            return Result<CandidateList>.NotFound();
        }

        if (YearError(query.Year, query.AsOf, out var year) is { } error)
        {
            return Result<CandidateList>.Invalid(error);
        }
        var personTargets = query.Target is { } t ? PersonTargets.Where(x => x == t).ToList() : PersonTargets;
        var peopleOnly = query.Leader is not null || query.Gender is not null;
        var collectiveTargets = peopleOnly ? [] : query.Target is { } c ? CollectiveTargets.Where(x => x == c).ToList() : CollectiveTargets;
        var set = await evaluator.EvaluateAsync(root.Path, year, personTargets, collectiveTargets,
            p => (query.Leader is null || p.IsLeader == query.Leader) && (query.Gender is null || p.Gender == query.Gender), ct);
        var rows = set.Rows;

        var counts = Enum.GetValues<Outcome>().Select(o => new CandidateCount(o, rows.Count(r => r.Outcome == o))).ToList();
        var filtered = query.Outcome is { } outcome ? rows.Where(r => r.Outcome == outcome).ToList() : rows;
        var names = StringComparer.Create(VietnameseFormat.Culture, false);
        var ordered = filtered
            .OrderBy(r => r.Kind == "COLLECTIVE" ? 0 : 1)
            .ThenBy(r => GivenName(r.Name), names).ThenBy(r => r.Name, names).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ThenBy(r => r.Target)
            .ToList();
        var size = Math.Max(1, query.Size);
        var page = Math.Max(1, query.Page);
        return Result<CandidateList>.Ok(new CandidateList(root.Id, root.Name, year.Year, Span(year), year.AsOf, Codes.Of(set.Registrations.SectorFor(root.Path)),
            set.Registrations.NoteFor(root.Path), ordered.Count, page, size, counts, ordered.Skip((page - 1) * size).Take(size).ToList()));
    }

    /// <summary>The assessed year and its decision date: <paramref name="year"/> or the last finished one.</summary>
    public CandidateYear YearOf(int? year) => evaluator.YearOf(year);

    /// <summary>
    /// The assessed year and the decision date the officer asked for (<paramref name="asOf"/>: the regime in force
    /// on it applies — e.g. a past year judged as it was decided then), or the error naming "AsOf" when that date is
    /// not after the year's end (a title is never decided before its year ends).
    /// </summary>
    public FieldError? YearError(int? year, DateOnly? asOf, out CandidateYear resolved)
    {
        resolved = evaluator.YearOf(year, asOf);
        return asOf is { } date && date <= resolved.End
            ? new FieldError("AsOf", $"Ngày xét phải sau ngày kết thúc năm thi đua {resolved.Year} ({VietnameseFormat.Date(resolved.End)}): danh hiệu chỉ được xét khi năm thi đua đã kết thúc.")
            : null;
    }

    /// <summary>"01/10/2025 – 30/09/2026".</summary>
    public static string Span(CandidateYear year) => $"{VietnameseFormat.Date(year.Start)} – {VietnameseFormat.Date(year.End)}";

    /// <summary>The unit asked (or the caller's top unit) if it is in the caller's candidate scope.</summary>
    public async Task<CandidateRoot?> FindRootAsync(int? unitId, CancellationToken ct)
    {
        var units = db.Units.AsNoTracking().InScope(actor.ScopePaths(AwardsPermissions.ViewCandidates));
        return await (unitId is { } id ? units.Where(u => u.Id == id) : units.OrderBy(u => u.Depth).ThenBy(u => u.Id))
            .Select(u => new CandidateRoot(u.Id, u.Code, u.Name, u.Path, u.Kind)).FirstOrDefaultAsync(ct);
    }

    internal static CandidateRow Row(CandidatePerson p, AwardCode target, EligibilityResult result) =>
        new("PERSON", p.Id, p.UnitId, p.Code, p.FullName, p.UnitName, p.IsLeader, p.Gender.ToString(), target, result.Outcome, result.Regime, Unmet(result), Council(result));

    internal static IReadOnlyList<CandidateUnmet> Unmet(EligibilityResult result) =>
        result.Outcome == Outcome.Invalid
            ? result.Errors.Select(e => new CandidateUnmet("INVALID", e.Field + ": " + e.Message, string.Empty)).ToList()
            : result.Unmet.Select(u => new CandidateUnmet(Codes.Of(u.Code), u.Message, u.Citation)).ToList();

    /// <summary>The conditions left to the council ("cần Hội đồng xem xét"), met on the records by definition.</summary>
    internal static IReadOnlyList<string> Council(EligibilityResult result) => result.CouncilMessages();

    private static string GivenName(string fullName)
    {
        var space = fullName.LastIndexOf(' ');
        return space < 0 ? fullName : fullName[(space + 1)..];
    }
}
