using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Proposals;

/// <summary>The filters of the proposal lists: year, state, title or form, only overdue, a name (diacritics ignored), the side.</summary>
public sealed record ProposalQuery(int? Year = null, ProposalStatus? Status = null, string? Code = null, bool OverdueOnly = false, string? Q = null,
    bool Inbox = false, int Page = 1, int Size = 25);

public sealed record ProposalRow(
    int Id, string SubjectName, bool IsPerson, string Code, string CodeName, int Year, ProposalRoute Route, string RouteName, ProposalStatus Status, string StatusName,
    string ProposingUnitName, string DecidingUnitName, DateOnly? DueOn, bool Overdue, int Documents, int RequiredDocuments, bool WasReturned);

/// <summary>The "việc cần xử lý" panel: what the user's units must do now, and how many of those are overdue.</summary>
public sealed record ProposalPanel(int Drafts, int Returned, int ToReceive, int ToReview, int Overdue);

public sealed record DossierLine(string ItemCode, string Name, bool Drafted, int? FileId, string? FileName, DateTime? UploadedAt, string? UploadedBy);

public sealed record ProposalDetails(
    ProposalRow Row,
    int? PersonId,
    int? SubjectUnitId,
    int ProposingUnitId,
    int DecidingUnitId,
    string? RouteCode,
    string? Justification,
    string? LastReason,
    int TimesReturned,
    DateTime CreatedAt,
    DateTime? SubmittedAt,
    DateTime? ReceivedAt,
    DateTime? ReviewStartedAt,
    DateTime? ApprovedAt,
    DateTime? RejectedAt,
    DateTime? DecidedAt,
    string? Verdict,
    FrozenTrace? Trace,
    DateTime? TraceAsOf,
    bool? CouncilPassed,
    int? CouncilYesVotes,
    int? CouncilRequiredVotes,
    int? CouncilMembers,
    string? CouncilSessionRef,
    string? DecisionRef,
    IReadOnlyList<DossierLine> Dossier,
    IReadOnlyList<string> ApprovalProblems,
    bool CanPropose,
    bool CanReview,
    IReadOnlyList<string> NextActions);

/// <summary>Lists (per unit and year, the deciding unit's inbox), the panel and one proposal; another unit's: not found.</summary>
public sealed class ProposalQueries(AppDbContext db, ICurrentUser actor, TimeProvider clock)
{
    public async Task<Page<ProposalRow>> ListAsync(ProposalQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = VietnameseFormat.Today(clock);
        var q = ProposalScope.Visible(db, actor).AsNoTracking();
        if (query.Inbox)
        {
            var decidingUnits = db.Units.InScope(actor.ScopePaths(ProposalsPermissions.Review)).Select(u => u.Id);
            q = q.Where(p => decidingUnits.Contains(p.DecidingUnitId) && p.Status != ProposalStatus.Draft);
        }

        if (query.Year is int year)
        {
            q = q.Where(p => p.Year == year);
        }

        if (query.Status is { } status)
        {
            q = q.Where(p => p.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Code) && Codes.TryParseAward(query.Code.Trim().ToUpperInvariant(), out var code))
        {
            q = q.Where(p => p.Code == code);
        }

        if (query.OverdueOnly)
        {
            q = q.Where(p => p.DueOn != null && p.DueOn < today);
        }

        if (SearchText.Fold(query.Q) is { Length: > 0 } folded)
        {
            q = q.Where(p => p.SearchName.Contains(folded));
        }

        var total = await q.CountAsync(ct);
        var request = new PageRequest(query.Page, query.Size);
        var rows = await q.OrderBy(p => p.DueOn == null).ThenBy(p => p.DueOn).ThenByDescending(p => p.Id).Skip(request.Skip).Take(request.SafeSize)
            .Select(p => new
            {
                p.Id, p.SubjectName, IsPerson = p.PersonId != null, p.Code, p.Year, p.Route, p.RouteCode, p.Status, Proposing = p.ProposingUnit.Name,
                Deciding = p.DecidingUnit.Name, p.DueOn, Documents = p.Documents.Count, p.TimesReturned,
            }).ToListAsync(ct);
        return new Page<ProposalRow>(rows.Select(r => new ProposalRow(r.Id, r.SubjectName, r.IsPerson, Codes.Of(r.Code), ProposalTexts.AwardName(r.Code), r.Year, r.Route,
            ProposalTexts.Route(r.Route, r.RouteCode), r.Status, ProposalTexts.Status(r.Status), r.Proposing, r.Deciding, r.DueOn, r.DueOn is { } d && d < today,
            r.Documents, DossierChecklist.For(r.Code, r.Route, r.RouteCode).Count, r.TimesReturned > 0 && r.Status == ProposalStatus.Draft)).ToList(),
            request.SafeNumber, request.SafeSize, total);
    }

    /// <summary>
    /// Drafts and returned drafts of the units the user proposes for, submitted and received proposals sent to the units
    /// the user reviews for — the units of the user's own grants, not their whole subtree: the Cục's officer is not
    /// asked to submit a province's drafts.
    /// </summary>
    public async Task<ProposalPanel> PanelAsync(CancellationToken ct = default)
    {
        var today = VietnameseFormat.Today(clock);
        List<int> Own(Permission permission) => actor.Grants.Where(g => PermissionCatalog.RoleHas(g.Role, permission)).Select(g => g.UnitId).Distinct().ToList();
        var ownProposing = Own(ProposalsPermissions.Propose);
        var ownDeciding = Own(ProposalsPermissions.Review);
        var proposing = actor.IsSystem ? db.Units.Select(u => u.Id) : db.Units.Where(u => ownProposing.Contains(u.Id)).Select(u => u.Id);
        var deciding = actor.IsSystem ? db.Units.Select(u => u.Id) : db.Units.Where(u => ownDeciding.Contains(u.Id)).Select(u => u.Id);
        var mine = await db.Proposals.AsNoTracking().Where(p =>
                (proposing.Contains(p.ProposingUnitId) && p.Status == ProposalStatus.Draft)
                || (deciding.Contains(p.DecidingUnitId) && (p.Status == ProposalStatus.Submitted || p.Status == ProposalStatus.Received || p.Status == ProposalStatus.UnderReview)))
            .Select(p => new { p.Status, p.TimesReturned, p.DueOn }).ToListAsync(ct);
        return new ProposalPanel(
            mine.Count(p => p.Status == ProposalStatus.Draft && p.TimesReturned == 0),
            mine.Count(p => p.Status == ProposalStatus.Draft && p.TimesReturned > 0),
            mine.Count(p => p.Status == ProposalStatus.Submitted),
            mine.Count(p => p.Status is ProposalStatus.Received or ProposalStatus.UnderReview),
            mine.Count(p => p.DueOn is { } d && d < today));
    }

    /// <summary>The live (not rejected) proposals of a year that the user sees, by person or collective and code: the candidate list links to them instead of offering a second one.</summary>
    public async Task<IReadOnlyDictionary<(bool IsPerson, int Id, AwardCode Code), int>> ExistingAsync(int year, CancellationToken ct = default)
    {
        var rows = await ProposalScope.Visible(db, actor).AsNoTracking().Where(p => p.Year == year && p.Status != ProposalStatus.Rejected)
            .Select(p => new { p.Id, p.PersonId, p.SubjectUnitId, p.Code }).ToListAsync(ct);
        var existing = new Dictionary<(bool, int, AwardCode), int>();
        foreach (var r in rows)
        {
            existing[(r.PersonId is not null, r.PersonId ?? r.SubjectUnitId ?? 0, r.Code)] = r.Id;
        }

        return existing;
    }

    /// <summary>A unit the user may propose for, and the ancestors that may decide (nearest first).</summary>
    public sealed record UnitOption(int Id, string Code, string Name, IReadOnlyList<(int Id, string Name)> Ancestors);

    /// <summary>The units (not departments) the user may propose for, in tree order, with their possible deciding units.</summary>
    public async Task<IReadOnlyList<UnitOption>> ProposingUnitsAsync(CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking().InScope(actor.ScopePaths(ProposalsPermissions.Propose))
            .Where(u => u.ParentId != null && u.Kind != Organisation.UnitKind.DEPARTMENT && u.ValidTo == null)
            .OrderBy(u => u.Path).Take(200).Select(u => new { u.Id, u.Code, u.Name, u.Path }).ToListAsync(ct);
        var ancestorIds = units.SelectMany(u => u.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)).Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => ancestorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return units.Select(u => new UnitOption(u.Id, u.Code, u.Name, u.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).Where(x => x != u.Id).Reverse()
            .Select(x => (x, names.TryGetValue(x, out var n) ? n : x.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList())).ToList();
    }

    /// <summary>A person (by code, e.g. LSN-0100) or a unit (by code, e.g. LSN-KV1) the user sees, for the proposal form.</summary>
    public async Task<(int? PersonId, int? UnitId, string? Name)> FindSubjectAsync(string? code, CancellationToken ct = default)
    {
        var c = code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(c))
        {
            return (null, null, null);
        }

        var paths = actor.ScopePaths(ProposalsPermissions.Propose);
        var person = await db.People.AsNoTracking().InScope(paths).Where(p => p.Code == c).Select(p => new { p.Id, p.FullName }).FirstOrDefaultAsync(ct);
        if (person is not null)
        {
            return (person.Id, null, person.FullName);
        }

        var unit = await db.Units.AsNoTracking().InScope(paths).Where(u => u.Code == c).Select(u => new { u.Id, u.Name }).FirstOrDefaultAsync(ct);
        return unit is null ? (null, null, null) : (null, unit.Id, unit.Name);
    }

    /// <summary>The code of a person or unit by id when the user may propose for them (prefilling the form from the candidate list).</summary>
    public async Task<string?> CodeOfAsync(int? personId, int? unitId, CancellationToken ct = default)
    {
        var paths = actor.ScopePaths(ProposalsPermissions.Propose);
        if (personId is int pid)
        {
            return await db.People.AsNoTracking().InScope(paths).Where(p => p.Id == pid).Select(p => p.Code).FirstOrDefaultAsync(ct);
        }

        return unitId is int uid ? await db.Units.AsNoTracking().InScope(paths).Where(u => u.Id == uid).Select(u => u.Code).FirstOrDefaultAsync(ct) : null;
    }

    public async Task<Result<ProposalDetails>> GetAsync(int id, CancellationToken ct = default)
    {
        var p = await ProposalScope.LoadAsync(db, actor, id, ct);
        if (p is null)
        {
            return Result<ProposalDetails>.NotFound();
        }

        var today = VietnameseFormat.Today(clock);
        var checklist = DossierChecklist.For(p.Code, p.Route, p.RouteCode);
        var row = new ProposalRow(p.Id, p.SubjectName, p.IsPerson, Codes.Of(p.Code), ProposalTexts.AwardName(p.Code), p.Year, p.Route, ProposalTexts.Route(p.Route, p.RouteCode),
            p.Status, ProposalTexts.Status(p.Status), p.ProposingUnit.Name, p.DecidingUnit.Name, p.DueOn, p.IsOverdue(today), p.Documents.Count, checklist.Count,
            p.TimesReturned > 0 && p.Status == ProposalStatus.Draft);
        var dossier = checklist.Select(i => p.Documents.FirstOrDefault(d => d.ItemCode == i.Code) is { } d
            ? new DossierLine(i.Code, i.Name, i.Drafted, d.StoredFileId, d.FileName, d.UploadedAt, d.UploadedBy)
            : new DossierLine(i.Code, i.Name, i.Drafted, null, null, null, null)).ToList();
        var canPropose = ProposalScope.CanPropose(actor, p);
        var canReview = ProposalScope.CanReview(actor, p);
        var next = Proposal.Transitions.Keys.Where(k => k.From == p.Status && k.Action != ProposalAction.Edit && k.Action != ProposalAction.Decide)
            .Where(k => k.Action == ProposalAction.Submit ? canPropose : canReview)
            .Select(k => CodeOf<ProposalStepCode>.Code(ProposalSteps.CodeOf(k.Action))).ToList();
        return Result<ProposalDetails>.Ok(new ProposalDetails(row, p.PersonId, p.SubjectUnitId, p.ProposingUnitId, p.DecidingUnitId, p.RouteCode, p.Justification,
            p.LastReason, p.TimesReturned, p.CreatedAt, p.SubmittedAt, p.ReceivedAt, p.ReviewStartedAt, p.ApprovedAt, p.RejectedAt, p.DecidedAt, p.Verdict,
            ProposalScope.ReadTrace(p.TraceJson), p.TraceAsOf, p.CouncilPassed, p.CouncilYesVotes, p.CouncilRequiredVotes, p.CouncilMembers, p.CouncilSessionRef,
            p.DecisionRef, dossier, p.Status == ProposalStatus.UnderReview ? p.ApprovalProblems() : [], canPropose, canReview, next));
    }
}

/// <summary>The codes of the steps in the API and the forms.</summary>
public enum ProposalStepCode
{
    [System.Text.Json.Serialization.JsonStringEnumMemberName("SUBMIT")] Submit,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("RECEIVE")] Receive,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("START_REVIEW")] StartReview,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("APPROVE")] Approve,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("RETURN")] Return,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("REJECT")] Reject,
}

public static class ProposalSteps
{
    public static ProposalStepCode CodeOf(ProposalAction action) => action switch
    {
        ProposalAction.Submit => ProposalStepCode.Submit,
        ProposalAction.Receive => ProposalStepCode.Receive,
        ProposalAction.StartReview => ProposalStepCode.StartReview,
        ProposalAction.Approve => ProposalStepCode.Approve,
        ProposalAction.Return => ProposalStepCode.Return,
        ProposalAction.Reject => ProposalStepCode.Reject,
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static ProposalAction ActionOf(ProposalStepCode code) => code switch
    {
        ProposalStepCode.Submit => ProposalAction.Submit,
        ProposalStepCode.Receive => ProposalAction.Receive,
        ProposalStepCode.StartReview => ProposalAction.StartReview,
        ProposalStepCode.Approve => ProposalAction.Approve,
        ProposalStepCode.Return => ProposalAction.Return,
        _ => ProposalAction.Reject,
    };
}

public sealed record NotificationRow(int Id, string Text, string Link, DateTime CreatedAt, bool Read);

/// <summary>The signed-in user's own notifications: count of unread, a page, marking read. Nobody reads another's.</summary>
public sealed class NotificationQueries(AppDbContext db, ICurrentUser actor, TimeProvider clock)
{
    public async Task<int> UnreadAsync(CancellationToken ct = default) =>
        actor.UserId is int me ? await db.Notifications.CountAsync(n => n.UserId == me && n.ReadAt == null, ct) : 0;

    public async Task<Page<NotificationRow>> ListAsync(int page, int size, CancellationToken ct = default)
    {
        var request = new PageRequest(page, size);
        if (actor.UserId is not int me)
        {
            return new Page<NotificationRow>([], 1, request.SafeSize, 0);
        }

        var q = db.Notifications.AsNoTracking().Where(n => n.UserId == me);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(n => n.Id).Skip(request.Skip).Take(request.SafeSize)
            .Select(n => new NotificationRow(n.Id, n.Text, n.Link, n.CreatedAt, n.ReadAt != null)).ToListAsync(ct);
        return new Page<NotificationRow>(rows, request.SafeNumber, request.SafeSize, total);
    }

    /// <summary>Marks one notification (or all, when <paramref name="id"/> is null) read; another user's: not found.</summary>
    public async Task<Result<int>> MarkReadAsync(int? id, CancellationToken ct = default)
    {
        if (actor.UserId is not int me)
        {
            return Result<int>.NotFound();
        }

        var unread = await db.Notifications.Where(n => n.UserId == me && n.ReadAt == null && (id == null || n.Id == id)).ToListAsync(ct);
        if (id is not null && unread.Count == 0 && !await db.Notifications.AnyAsync(n => n.UserId == me && n.Id == id, ct))
        {
            return Result<int>.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        unread.ForEach(n => n.MarkRead(now));
        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(unread.Count);
    }
}
