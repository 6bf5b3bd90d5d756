using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Councils;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Proposals;

/// <summary>An open session of the deciding unit's council that a proposal can be put before.</summary>
public sealed record AgendaSession(int Id, string Title, string CouncilName, DateOnly MeetingOn, SessionStatus Status);

/// <summary>
/// Puts a received proposal before a session of the deciding unit's council (rules.md §6: the council votes, by secret
/// ballot, on what the unit decides): the candidate carries the proposal's id, so that the close records the result on
/// the proposal (<see cref="ProposalCouncilResults"/>). Only the deciding unit's reviewers; only a session of that
/// unit's council still preparing its agenda or posting it.
/// </summary>
public sealed class PutProposalOnAgenda(AppDbContext db, ICurrentUser actor, AddSessionCandidates add)
{
    /// <summary>The sessions of the deciding unit's councils that still take candidates.</summary>
    public async Task<IReadOnlyList<AgendaSession>> SessionsAsync(int decidingUnitId, CancellationToken ct = default) =>
        await db.CouncilSessions.AsNoTracking()
            .Where(s => s.Council.UnitId == decidingUnitId && (s.Status == SessionStatus.Draft || s.Status == SessionStatus.Posting))
            .OrderBy(s => s.MeetingOn)
            .Select(s => new AgendaSession(s.Id, s.Title, s.Council.Name, s.MeetingOn, s.Status)).ToListAsync(ct);

    public async Task<Result<SessionCandidate>> HandleAsync(int proposalId, int sessionId, CancellationToken ct = default)
    {
        var proposal = await ProposalScope.LoadAsync(db, actor, proposalId, ct);
        if (proposal is null || !ProposalScope.CanReview(actor, proposal))
        {
            return Result<SessionCandidate>.NotFound();
        }

        if (proposal.Status is not (ProposalStatus.Received or ProposalStatus.UnderReview))
        {
            return Result<SessionCandidate>.Invalid(new FieldError("Status",
                $"Chỉ đưa ra Hội đồng đề nghị đã được tiếp nhận hoặc đang thẩm định (hiện tại: {ProposalTexts.Status(proposal.Status)})."));
        }

        var councilUnit = await db.CouncilSessions.Where(s => s.Id == sessionId).Select(s => (int?)s.Council.UnitId).FirstOrDefaultAsync(ct);
        if (councilUnit is null)
        {
            return Result<SessionCandidate>.NotFound();
        }

        if (councilUnit != proposal.DecidingUnitId)
        {
            return Result<SessionCandidate>.Invalid(new FieldError("SessionId",
                $"Phiên họp phải là của Hội đồng Thi đua – Khen thưởng của {proposal.DecidingUnit.Name}, đơn vị xét đề nghị này."));
        }

        var kind = proposal.PersonId is null ? CandidateKind.Collective : CandidateKind.Person;
        var added = await add.HandleAsync(sessionId, [new SessionCandidateInput(kind, proposal.PersonId, proposal.SubjectUnitId, CodeOf<AwardCode>.Code(proposal.Code), proposal.Id)], ct);
        return added.IsNotFound ? Result<SessionCandidate>.NotFound()
            : added.IsSuccess ? Result<SessionCandidate>.Ok(added.Value![0])
            : Result<SessionCandidate>.Invalid(added.Errors);
    }
}

/// <summary>
/// At the close of a session, the result of each candidate that came from a proposal is recorded on the proposal (the
/// yes votes, the votes required of all members, the members, the session), in the same transaction as the close. A
/// session without its quorum records nothing: no candidate was voted on validly, and the proposal waits for another
/// session. A proposal no longer under review (returned meanwhile) is left as it is.
/// </summary>
internal static class ProposalCouncilResults
{
    public static async Task<int> RecordAsync(AppDbContext db, CouncilSession session, CancellationToken ct)
    {
        if (session.QuorumMet != true)
        {
            return 0;
        }

        var byProposal = session.Candidates.Where(c => c.ProposalId is not null && c.Yes is not null).ToDictionary(c => c.ProposalId!.Value);
        if (byProposal.Count == 0)
        {
            return 0;
        }

        var ids = byProposal.Keys.ToList();
        var proposals = await db.Proposals.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var reference = string.Create(CultureInfo.InvariantCulture, $"{session.Title} ({Shared.VietnameseFormat.Date(session.ClosedOn ?? session.MeetingOn)})");
        if (reference.Length > 100)
        {
            reference = reference[..100];
        }

        var recorded = 0;
        foreach (var proposal in proposals)
        {
            var c = byProposal[proposal.Id];
            if (proposal.RecordCouncilResult(c.Passed == true, c.Yes!.Value, c.RequiredVotes, session.MemberCount, reference) is null)
            {
                recorded++;
            }
        }

        return recorded;
    }
}
