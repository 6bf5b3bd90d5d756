using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Calendar;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Proposals;

/// <summary>
/// Which proposals a user reaches: those of the units in their Proposals.View scope (proposing) and those sent to a
/// unit in that scope (deciding). Anything else is not found.
/// </summary>
internal static class ProposalScope
{
    public static IQueryable<Proposal> Visible(AppDbContext db, ICurrentUser actor)
    {
        var paths = actor.ScopePaths(ProposalsPermissions.View);
        if (paths.Contains("/"))
        {
            return db.Proposals;
        }

        var units = db.Units.InScope(paths).Select(u => u.Id);
        return db.Proposals.Where(p => units.Contains(p.ProposingUnitId) || units.Contains(p.DecidingUnitId));
    }

    public static Task<Proposal?> LoadAsync(AppDbContext db, ICurrentUser actor, int id, CancellationToken ct) =>
        Visible(db, actor).Include(p => p.ProposingUnit).Include(p => p.DecidingUnit).Include(p => p.Person).Include(p => p.SubjectUnit)
            .Include(p => p.Documents).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>The proposing side acts (edit, upload, submit) with Proposals.Propose on the proposing unit.</summary>
    public static bool CanPropose(ICurrentUser actor, Proposal p) => actor.CanAccess(ProposalsPermissions.Propose, p.ProposingUnit.Path);

    /// <summary>The deciding side acts with Proposals.Review on the deciding unit (a grant on the proposing unit is not enough).</summary>
    public static bool CanReview(ICurrentUser actor, Proposal p) => actor.CanAccess(ProposalsPermissions.Review, p.DecidingUnit.Path);

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>The verdict as stored: outcome, regime, unmet conditions and the trace lines with their citations.</summary>
    public static string TraceJson(PersonVerdict verdict, int year, string? note = null) => JsonSerializer.Serialize(new FrozenTrace(
        Eligibility.Codes.Of(verdict.Outcome), Eligibility.Codes.Of(verdict.Target), verdict.TargetName, year, verdict.Regime, note,
        verdict.Unmet.Select(u => new FrozenLine(u.Code, false, false, u.Message, u.Citation)).ToList(),
        verdict.Trace.Select(t => new FrozenLine(t.Code is { } c ? Eligibility.Codes.Of(c) : t.Criterion, t.Met, t.NeedsCouncil, t.Message, t.Citation)).ToList()), Json);

    public static FrozenTrace? ReadTrace(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<FrozenTrace>(json, Json);

    /// <summary>Working days per step (the table, or the defaults when a step has no row) and the calendar around today.</summary>
    public static async Task<Func<DeadlineStep, DateOnly>> DueDatesAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var table = await db.ProposalDeadlines.AsNoTracking().ToDictionaryAsync(d => d.Step, d => d.WorkingDays, ct);
        var calendar = await WorkingCalendar.LoadAsync(db, today, today, ct);
        return step => calendar.AddWorkingDays(today, table.TryGetValue(step, out var days) ? days : ProposalDeadline.Defaults[step]);
    }
}

/// <summary>A frozen eligibility verdict (<see cref="Proposal.TraceJson"/>).</summary>
public sealed record FrozenTrace(string Outcome, string Target, string TargetName, int Year, string? Regime, string? Note, IReadOnlyList<FrozenLine> Unmet, IReadOnlyList<FrozenLine> Trace);

/// <summary>One line of a frozen trace: the criterion (or unmet code), met or not, left to the council or not, the message and its article.</summary>
public sealed record FrozenLine(string Criterion, bool Met, bool NeedsCouncil, string Message, string Citation);
