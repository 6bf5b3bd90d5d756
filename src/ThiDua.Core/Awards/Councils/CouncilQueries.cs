using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Councils;

public sealed record CouncilSummary(int Id, int UnitId, string UnitName, string Name, DateOnly TermStart, DateOnly? TermEnd, int Members, int Sessions, bool CanManage);

public sealed record CouncilMemberView(int PersonId, string Code, string FullName, string Position, CouncilRole Role, string RoleName);

public sealed record SessionSummary(int Id, int Year, string Title, DateOnly MeetingOn, SessionStatus Status, string StatusName, int Candidates);

public sealed record CouncilDetails(
    int Id, int UnitId, string UnitName, string Name, DateOnly TermStart, DateOnly? TermEnd, string? Decision,
    IReadOnlyList<CouncilMemberView> Members, IReadOnlyList<SessionSummary> Sessions, bool CanManage);

public sealed record CommentView(int Id, int CandidateId, string AuthorName, string Text, DateTime CreatedAt);

public sealed record CandidateView(
    int Id, int Order, CandidateKind Kind, int? PersonId, int? UnitId, string Code, string AwardName, int Year, string DisplayName, int? ProposalId,
    int RequiredVotes, int? Yes, int? No, int? Abstain, bool? Passed, IReadOnlyList<CommentView> Comments);

public sealed record ParticipantView(int PersonId, string FullName, CouncilRole Role, ParticipationMethod? Method, DateOnly? On);

/// <summary>One published ballot: the receipt and the choice on each candidate, in agenda order.</summary>
public sealed record PublishedBallot(string Receipt, IReadOnlyList<BallotChoice> Choices);

/// <summary>The published tally: participants and ballots (which must be equal), quorum, and every ballot by its receipt (sorted by receipt).</summary>
public sealed record PublishedTally(int Members, int Quorum, bool QuorumMet, int Participants, int Ballots, IReadOnlyList<PublishedBallot> Receipts);

public sealed record SessionView(
    int Id, int CouncilId, string CouncilName, int UnitId, string UnitName, int Year, string Title, DateOnly MeetingOn, bool AllowAbstain,
    SessionStatus Status, string StatusName, DateOnly? PostingStart, DateOnly? PostingEnd, int PostingDays, string? RegimeCode,
    int MemberCount, int Quorum, DateOnly? ClosedOn, string? LastReason);

/// <summary>
/// A session as the user sees it: agenda (with comments for the council), electorate and who has taken part (never
/// what they chose), what the user may do (manage, vote, enter written ballots) and, once closed, the published tally.
/// </summary>
public sealed record SessionDetails(
    SessionView Session, IReadOnlyList<CandidateView> Candidates, IReadOnlyList<ParticipantView> Members, int Participants,
    bool CanManage, bool IsMember, bool HasVoted, bool IsSecretary, bool CanComment, PublishedTally? Tally);

/// <summary>A session whose candidate list is open for comments: its title, the council's unit, until when, and how many candidates.</summary>
public sealed record OpenPosting(int SessionId, string Title, string UnitName, DateOnly? PostingEnd, int Candidates);

/// <summary>The councils and sessions a user sees (<see cref="CouncilScope"/>); another unit's: not found.</summary>
public sealed class CouncilQueries(AppDbContext db, ICurrentUser actor)
{
    public async Task<IReadOnlyList<CouncilSummary>> ListAsync(CancellationToken ct = default)
    {
        var rows = await CouncilScope.Visible(db, actor).AsNoTracking()
            .Select(c => new { c.Id, c.UnitId, UnitName = c.Unit.Name, c.Unit.Path, c.Name, c.TermStart, c.TermEnd, Members = c.Members.Count, Sessions = db.CouncilSessions.Count(s => s.CouncilId == c.Id) })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.UnitName, StringComparer.Create(VietnameseFormat.Culture, false)).ThenByDescending(r => r.TermStart)
            .Select(r => new CouncilSummary(r.Id, r.UnitId, r.UnitName, r.Name, r.TermStart, r.TermEnd, r.Members, r.Sessions, CouncilScope.CanManage(actor, r.Path))).ToList();
    }

    /// <summary>
    /// The sessions whose candidate list is posted now (public posting, before the vote), for the home page: every
    /// holder of <see cref="CouncilsPermissions.View"/> may read them and comment, a regional office's staff on their
    /// province's council too (<see cref="CouncilScope"/>). Soonest ending first.
    /// </summary>
    public async Task<IReadOnlyList<OpenPosting>> OpenPostingsAsync(CancellationToken ct = default)
    {
        if (!actor.HasAnywhere(CouncilsPermissions.View))
        {
            return [];
        }

        return await CouncilScope.VisibleSessions(db, actor).AsNoTracking().Where(s => s.Status == SessionStatus.Posting)
            .OrderBy(s => s.PostingEnd).ThenBy(s => s.Id)
            .Select(s => new OpenPosting(s.Id, s.Title, s.Council.Unit.Name, s.PostingEnd, s.Candidates.Count))
            .Take(10).ToListAsync(ct);
    }

    /// <summary>The units where the user may establish a council (the units of their Councils.Manage grants).</summary>
    public async Task<IReadOnlyList<PickerItem>> ManageableUnitsAsync(CancellationToken ct = default)
    {
        var ids = actor.Grants.Where(g => PermissionCatalog.RoleHas(g.Role, CouncilsPermissions.Manage)).Select(g => g.UnitId).Distinct().ToList();
        return await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Code)
            .Select(u => new PickerItem(u.Id, u.Code, u.Code + " – " + u.Name)).ToListAsync(ct);
    }

    /// <summary>People and units of a visible council's unit subtree, for the member and candidate pickers (by code).</summary>
    public async Task<(IReadOnlyList<PickerItem> People, IReadOnlyList<PickerItem> Units)?> PickersAsync(int councilId, CancellationToken ct = default)
    {
        var path = await CouncilScope.Visible(db, actor).AsNoTracking().Where(c => c.Id == councilId).Select(c => c.Unit.Path).FirstOrDefaultAsync(ct);
        if (path is null)
        {
            return null;
        }

        var people = await db.People.AsNoTracking().Where(p => p.Unit.Path.StartsWith(path)).OrderBy(p => p.Code)
            .Select(p => new PickerItem(p.Id, p.Code, p.Code + " – " + p.FullName + " (" + p.Unit.Name + ")")).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(path) && u.ValidTo == null).OrderBy(u => u.Code)
            .Select(u => new PickerItem(u.Id, u.Code, u.Code + " – " + u.Name)).ToListAsync(ct);
        return (people, units);
    }

    public async Task<Result<CouncilDetails>> GetAsync(int id, CancellationToken ct = default)
    {
        var c = await CouncilScope.Visible(db, actor).AsNoTracking().Include(x => x.Unit).Include(x => x.Members).ThenInclude(m => m.Person)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return Result<CouncilDetails>.NotFound();
        }

        var sessions = await db.CouncilSessions.AsNoTracking().Where(s => s.CouncilId == id).OrderByDescending(s => s.Year).ThenByDescending(s => s.MeetingOn)
            .Select(s => new { s.Id, s.Year, s.Title, s.MeetingOn, s.Status, Candidates = s.Candidates.Count }).ToListAsync(ct);
        return Result<CouncilDetails>.Ok(new CouncilDetails(c.Id, c.UnitId, c.Unit.Name, c.Name, c.TermStart, c.TermEnd, c.Decision,
            c.Members.OrderBy(m => m.Order).Select(m => new CouncilMemberView(m.PersonId, m.Person.Code, m.Person.FullName, m.Person.Position, m.Role, CouncilTexts.Role(m.Role))).ToList(),
            sessions.Select(s => new SessionSummary(s.Id, s.Year, s.Title, s.MeetingOn, s.Status, CouncilTexts.Status(s.Status), s.Candidates)).ToList(),
            CouncilScope.CanManage(actor, c.Unit.Path)));
    }

    public async Task<Result<SessionDetails>> GetSessionAsync(int id, CancellationToken ct = default)
    {
        var s = await CouncilScope.LoadSessionAsync(db, actor, id, ct);
        if (s is null)
        {
            return Result<SessionDetails>.NotFound();
        }

        var me = await CouncilScope.PersonOfAsync(db, actor, ct);
        var participations = await db.VoteParticipations.AsNoTracking().Where(p => p.SessionId == id).ToListAsync(ct);
        var members = s.Status is SessionStatus.Voting or SessionStatus.Closed
            ? s.Electorate.OrderBy(m => m.Role).ThenBy(m => m.FullName, StringComparer.Create(VietnameseFormat.Culture, false)).Select(m => (m.PersonId, m.FullName, m.Role)).ToList()
            : s.Council.Members.OrderBy(m => m.Order).Select(m => (m.PersonId, m.Person.FullName, m.Role)).ToList();
        var canManage = CouncilScope.CanManage(actor, s.Council.Unit.Path);
        var isMember = me is int p && members.Any(m => m.PersonId == p);
        var seesComments = canManage || isMember;
        PublishedTally? tally = null;
        if (s.Status == SessionStatus.Closed)
        {
            var ballots = await db.SecretBallots.AsNoTracking().Where(b => b.SessionId == id).Select(b => new { b.Receipt, b.Choices }).ToListAsync(ct);
            tally = new PublishedTally(s.MemberCount, s.Quorum, s.QuorumMet == true, s.ParticipantCount ?? 0, s.BallotCount ?? 0,
                ballots.OrderBy(b => b.Receipt, StringComparer.Ordinal).Select(b => new PublishedBallot(b.Receipt, b.Choices.Select(SecretBallot.Choice).ToList())).ToList());
        }

        var view = new SessionView(s.Id, s.CouncilId, s.Council.Name, s.Council.UnitId, s.Council.Unit.Name, s.Year, s.Title, s.MeetingOn, s.AllowAbstain, s.Status,
            CouncilTexts.Status(s.Status), s.PostingStart, s.PostingEnd, s.PostingDays, s.RegimeCode, s.MemberCount, s.Quorum, s.ClosedOn, s.LastReason);
        return Result<SessionDetails>.Ok(new SessionDetails(
            view,
            s.Candidates.OrderBy(c => c.Order).Select(c => new CandidateView(c.Id, c.Order, c.Kind, c.PersonId, c.UnitId, c.Code, CouncilTexts.AwardName(c.Code), c.Year, c.DisplayName,
                c.ProposalId, c.RequiredVotes, c.Yes, c.No, c.Abstain, c.Passed,
                seesComments ? s.Comments.Where(x => x.CandidateId == c.Id).OrderBy(x => x.CreatedAt).Select(x => new CommentView(x.Id, x.CandidateId, x.AuthorName, x.Text, x.CreatedAt)).ToList() : [])).ToList(),
            members.Select(m => participations.FirstOrDefault(x => x.PersonId == m.PersonId) is { } x
                ? new ParticipantView(m.PersonId, m.FullName, m.Role, x.Method, x.On)
                : new ParticipantView(m.PersonId, m.FullName, m.Role, null, null)).ToList(),
            participations.Count,
            canManage,
            isMember,
            me is int mine && participations.Any(x => x.PersonId == mine),
            me is int sec && members.Any(m => m.PersonId == sec && m.Role == CouncilRole.Secretary),
            s.Status == SessionStatus.Posting && !actor.IsSystem,
            tally));
    }
}

/// <summary>A person or unit offered by the pickers of the council pages: "LSN-0014 – Nguyễn Văn A (Phòng TCCB)".</summary>
public sealed record PickerItem(int Id, string Code, string Label);

/// <summary>The result of a candidate after the close, for the proposals module: looked up by the proposal's id.</summary>
public sealed record CandidateOutcome(
    int ProposalId, int SessionId, string SessionTitle, DateOnly ClosedOn, string DisplayName, string Code, int Yes, int No, int Abstain,
    int Members, int RequiredVotes, bool QuorumMet, bool Passed, string MinutesUrl);

/// <summary>
/// A proposal's council outcome: the latest closed session whose agenda holds the proposal (yes / no / abstain, members,
/// votes required, passed, the session and its minutes). Not found when the proposal has no closed session the user sees.
/// </summary>
public sealed class GetCandidateOutcome(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<CandidateOutcome>> HandleAsync(int proposalId, CancellationToken ct = default)
    {
        var sessions = CouncilScope.VisibleSessions(db, actor).Where(s => s.Status == SessionStatus.Closed);
        var row = await db.Set<SessionCandidate>().AsNoTracking().Where(c => c.ProposalId == proposalId)
            .Join(sessions, c => c.SessionId, s => s.Id, (c, s) => new
            {
                s.Id, s.Title, s.ClosedOn, s.MemberCount, s.QuorumMet, c.DisplayName, c.Code, c.Yes, c.No, c.Abstain, c.RequiredVotes, c.Passed,
            })
            .OrderByDescending(x => x.ClosedOn).ThenByDescending(x => x.Id)
            .FirstOrDefaultAsync(ct);
        return row is null
            ? Result<CandidateOutcome>.NotFound()
            : Result<CandidateOutcome>.Ok(new CandidateOutcome(proposalId, row.Id, row.Title, row.ClosedOn!.Value, row.DisplayName, row.Code, row.Yes ?? 0, row.No ?? 0, row.Abstain ?? 0,
                row.MemberCount, row.RequiredVotes, row.QuorumMet == true, row.Passed == true, $"/api/v1/councils/sessions/{row.Id}/minutes"));
    }
}
