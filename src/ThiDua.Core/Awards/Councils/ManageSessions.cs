using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Regimes;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Calendar;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Councils;

public sealed record SessionInput(int Year, string? Title, DateOnly? MeetingOn, bool AllowAbstain);

/// <summary>A candidate as sent: a person (PersonId) or a collective (UnitId), the title or form code, and the proposal it comes from, if any.</summary>
public sealed record SessionCandidateInput(CandidateKind Kind, int? PersonId, int? UnitId, string? Code, int? ProposalId = null);

/// <summary>One choice of a ballot: the candidate and yes / no / abstain.</summary>
public sealed record ChoiceInput(int CandidateId, BallotChoice Choice);

/// <summary>What the voter gets back, once: the receipt that the published tally will list with the ballot's choices.</summary>
public sealed record BallotReceipt(int SessionId, string Receipt, ParticipationMethod Method, string VoterName);

/// <summary>Creates a session of a council for an emulation year (the agenda is added next); by a manager of the council's unit.</summary>
public sealed class CreateSession(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<CouncilSession>> HandleAsync(int councilId, SessionInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var council = await CouncilScope.Visible(db, actor).AsNoTracking().Where(c => c.Id == councilId).Select(c => new { c.Id, c.Unit.Path }).FirstOrDefaultAsync(ct);
        if (council is null || !CouncilScope.CanManage(actor, council.Path))
        {
            return Result<CouncilSession>.NotFound();
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors.Add(new FieldError("Title", "Vui lòng nhập tên phiên họp (ví dụ: Phiên họp xét khen thưởng năm 2026)."));
        }
        else if (input.Title.Trim().Length > 300)
        {
            errors.Add(new FieldError("Title", "Tên phiên họp tối đa 300 ký tự."));
        }

        if (input.Year is < 2000 or > 2100)
        {
            errors.Add(new FieldError("Year", $"Năm thi đua {input.Year} không hợp lệ."));
        }

        if (input.MeetingOn is null)
        {
            errors.Add(new FieldError("MeetingOn", "Vui lòng nhập ngày họp dự kiến."));
        }

        if (errors.Count > 0)
        {
            return Result<CouncilSession>.Invalid(errors);
        }

        var session = new CouncilSession(council.Id, input.Year, input.Title!, input.MeetingOn!.Value, input.AllowAbstain);
        db.CouncilSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return Result<CouncilSession>.Ok(session);
    }
}

/// <summary>
/// Adds candidates to a session's agenda (only in the draft step): a person or a unit of the council's unit subtree with
/// a title or form code. Public: the proposals module calls it with each proposal's id. One save; all or nothing.
/// </summary>
public sealed class AddSessionCandidates(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<IReadOnlyList<SessionCandidate>>> HandleAsync(int sessionId, IReadOnlyList<SessionCandidateInput> inputs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var session = await CouncilScope.LoadSessionAsync(db, actor, sessionId, ct);
        if (session is null || !CouncilScope.CanManage(actor, session.Council.Unit.Path))
        {
            return Result<IReadOnlyList<SessionCandidate>>.NotFound();
        }

        var errors = new List<FieldError>();
        if (session.Refusal(SessionAction.EditAgenda) is { } refusal)
        {
            return Result<IReadOnlyList<SessionCandidate>>.Invalid(new FieldError("Status", refusal));
        }

        if (inputs.Count == 0)
        {
            return Result<IReadOnlyList<SessionCandidate>>.Invalid(new FieldError("Candidates", "Chưa chọn người, tập thể nào để đưa vào danh sách."));
        }

        var path = session.Council.Unit.Path;
        var personIds = inputs.Where(i => i.PersonId is not null).Select(i => i.PersonId!.Value).ToList();
        var unitIds = inputs.Where(i => i.UnitId is not null).Select(i => i.UnitId!.Value).ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id) && p.Unit.Path.StartsWith(path))
            .Select(p => new { p.Id, Name = p.FullName + " – " + p.Unit.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id) && u.Path.StartsWith(path))
            .Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);

        // A proposal's id (foreign key): a proposal sent to the council's unit or below, for the same person or collective.
        var proposalIds = inputs.Where(i => i.ProposalId is not null).Select(i => i.ProposalId!.Value).Distinct().ToList();
        var proposals = proposalIds.Count == 0 ? [] : await db.Proposals.AsNoTracking()
            .Where(p => proposalIds.Contains(p.Id) && p.DecidingUnit.Path.StartsWith(path))
            .Select(p => new { p.Id, p.PersonId, p.SubjectUnitId }).ToDictionaryAsync(p => p.Id, ct);
        var added = new List<SessionCandidate>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var row = $"Dòng {i + 1}";
            string? name = null;
            if (input.Kind == CandidateKind.Person && (input.PersonId is not int pid || !people.TryGetValue(pid, out name)))
            {
                errors.Add(new FieldError($"Candidates[{i}].PersonId", $"{row}: không tìm thấy công chức này trong đơn vị của Hội đồng."));
                continue;
            }

            if (input.Kind == CandidateKind.Collective && (input.UnitId is not int uid || !units.TryGetValue(uid, out name)))
            {
                errors.Add(new FieldError($"Candidates[{i}].UnitId", $"{row}: không tìm thấy tập thể này trong đơn vị của Hội đồng."));
                continue;
            }

            var code = input.Code?.Trim().ToUpperInvariant();
            if (string.IsNullOrEmpty(code) || CouncilTexts.Award(code) is not { } award)
            {
                errors.Add(new FieldError($"Candidates[{i}].Code", $"{row}: mã danh hiệu, hình thức “{input.Code}” không hợp lệ (ví dụ CSTDCS, BKBO, TTLDXS)."));
                continue;
            }

            var collective = ListCandidates.CollectiveTargets.Contains(award);
            if (collective != (input.Kind == CandidateKind.Collective) && award is not (AwardCode.Bkbo or AwardCode.Bkttg))
            {
                errors.Add(new FieldError($"Candidates[{i}].Code", $"{row}: {CouncilTexts.AwardName(code)} là danh hiệu {(collective ? "tập thể" : "cá nhân")}."));
                continue;
            }

            if (input.ProposalId is int proposalId && (!proposals.TryGetValue(proposalId, out var proposal)
                || (input.Kind == CandidateKind.Person ? proposal.PersonId != input.PersonId : proposal.PersonId is not null || proposal.SubjectUnitId != input.UnitId)))
            {
                errors.Add(new FieldError($"Candidates[{i}].ProposalId", $"{row}: không có đề nghị mã {proposalId} gửi đơn vị của Hội đồng cho {name}."));
                continue;
            }

            var duplicate = session.Candidates.Concat(added).Any(c => c.Kind == input.Kind && c.PersonId == input.PersonId && c.UnitId == (input.Kind == CandidateKind.Collective ? input.UnitId : null) && c.Code == code);
            if (duplicate)
            {
                errors.Add(new FieldError($"Candidates[{i}].Code", $"{row}: {name} đã có trong danh sách đề nghị {CouncilTexts.AwardName(code)}."));
                continue;
            }

            added.Add(session.AddCandidate(input.Kind, input.Kind == CandidateKind.Person ? input.PersonId : null, input.Kind == CandidateKind.Collective ? input.UnitId : null,
                code, session.Year, name!, input.ProposalId));
        }

        if (errors.Count > 0)
        {
            return Result<IReadOnlyList<SessionCandidate>>.Invalid(errors);
        }

        db.RecordEvent("CouncilSession.agenda", nameof(CouncilSession), session.Id.ToString(CultureInfo.InvariantCulture),
            $"Thêm vào danh sách đề nghị của “{session.Title}”: " + string.Join("; ", added.Select(c => $"{c.DisplayName} ({c.Code})")), path);
        await db.SaveChangesAsync(ct);
        return Result<IReadOnlyList<SessionCandidate>>.Ok(added);
    }
}

/// <summary>Takes the eligible rows of the council unit's candidate list for the session's year (optionally one code) onto the agenda.</summary>
public sealed class AddCandidatesFromList(AppDbContext db, ICurrentUser actor, ListCandidates list, AddSessionCandidates add)
{
    public async Task<Result<IReadOnlyList<SessionCandidate>>> HandleAsync(int sessionId, string? code, CancellationToken ct = default)
    {
        var session = await CouncilScope.VisibleSessions(db, actor).AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => new { s.Year, s.Council.UnitId, Existing = s.Candidates.Select(c => new { c.PersonId, c.UnitId, c.Code }).ToList() }).FirstOrDefaultAsync(ct);
        if (session is null)
        {
            return Result<IReadOnlyList<SessionCandidate>>.NotFound();
        }

        AwardCode? target = null;
        if (!string.IsNullOrWhiteSpace(code))
        {
            if (CouncilTexts.Award(code) is not { } a)
            {
                return Result<IReadOnlyList<SessionCandidate>>.Invalid(new FieldError("Code", $"Mã danh hiệu, hình thức “{code}” không hợp lệ."));
            }

            target = a;
        }

        var rows = await list.HandleAsync(new CandidateQuery(session.UnitId, session.Year, target, Outcome.Eligible, Size: 500), ct);
        if (!rows.IsSuccess)
        {
            return rows.IsNotFound ? Result<IReadOnlyList<SessionCandidate>>.NotFound() : Result<IReadOnlyList<SessionCandidate>>.Invalid(rows.Errors);
        }

        var inputs = rows.Value!.Items
            .Select(r => r.Kind == "COLLECTIVE"
                ? new SessionCandidateInput(CandidateKind.Collective, null, r.UnitId, CodeOf<AwardCode>.Code(r.Target))
                : new SessionCandidateInput(CandidateKind.Person, r.PersonId, null, CodeOf<AwardCode>.Code(r.Target)))
            .Where(i => !session.Existing.Any(e => e.Code == i.Code && (i.Kind == CandidateKind.Person ? e.PersonId == i.PersonId : e.UnitId == i.UnitId && e.PersonId == null)))
            .ToList();
        if (inputs.Count == 0)
        {
            return Result<IReadOnlyList<SessionCandidate>>.Invalid(new FieldError("Code", $"Danh sách đủ điều kiện năm {session.Year} không có người, tập thể nào mới để thêm."));
        }

        return await add.HandleAsync(sessionId, inputs, ct);
    }
}

/// <summary>Removes a candidate from the agenda (draft step only).</summary>
public sealed class RemoveSessionCandidate(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<CouncilSession>> HandleAsync(int sessionId, int candidateId, CancellationToken ct = default)
    {
        var session = await CouncilScope.LoadSessionAsync(db, actor, sessionId, ct);
        var candidate = session?.Candidates.FirstOrDefault(c => c.Id == candidateId);
        if (session is null || candidate is null || !CouncilScope.CanManage(actor, session.Council.Unit.Path))
        {
            return Result<CouncilSession>.NotFound();
        }

        if (session.Refusal(SessionAction.EditAgenda) is { } refusal)
        {
            return Result<CouncilSession>.Invalid(new FieldError("Status", refusal));
        }

        session.RemoveCandidate(candidate);
        db.Set<SessionCandidate>().Remove(candidate);
        await db.SaveChangesAsync(ct);
        return Result<CouncilSession>.Ok(session);
    }
}

/// <summary>A step of a session: START_POSTING (posting start date), RETURN (reason), OPEN_VOTING, CLOSE.</summary>
public sealed record SessionStepInput(SessionAction Action, DateOnly? PostingStart, string? Reason);

/// <summary>
/// Moves a session one step. Posting: the regime in force on the posting's first day gives the number of working days
/// (justice sector figure); voting cannot open before the posting has lasted them (working-day calendar). Opening
/// freezes the electorate, the quorum and the votes each candidate needs (regime in force on the day). Closing counts
/// the ballots, checks that ballots equal participants, publishes the tally and rewrites the ballots in a random order
/// with new random ids (ADR 0019).
/// </summary>
public sealed class ChangeSessionStep(AppDbContext db, ICurrentUser actor, TimeProvider clock, RegimeStore regimes)
{
    public static readonly IReadOnlySet<SessionAction> Steps = new HashSet<SessionAction>
    {
        SessionAction.StartPosting, SessionAction.ReturnToDraft, SessionAction.OpenVoting, SessionAction.Close,
    };

    public async Task<Result<CouncilSession>> HandleAsync(int id, SessionStepInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Steps.Contains(input.Action))
        {
            return Result<CouncilSession>.Invalid(new FieldError("Action", "Bước không hợp lệ: START_POSTING, RETURN, OPEN_VOTING hoặc CLOSE."));
        }

        var session = await CouncilScope.LoadSessionAsync(db, actor, id, ct);
        if (session is null || !CouncilScope.CanManage(actor, session.Council.Unit.Path))
        {
            return Result<CouncilSession>.NotFound();
        }

        if (session.Refusal(input.Action) is { } refusal)
        {
            return Result<CouncilSession>.Invalid(new FieldError("Status", refusal));
        }

        var today = VietnameseFormat.Today(clock);
        var path = session.Council.Unit.Path;
        var key = session.Id.ToString(CultureInfo.InvariantCulture);
        await using var transaction = await db.BeginOwnedTransactionAsync(ct);
        switch (input.Action)
        {
            case SessionAction.StartPosting:
            {
                var start = input.PostingStart ?? today;
                if (session.Candidates.Count == 0)
                {
                    return Result<CouncilSession>.Invalid(new FieldError("Status", "Danh sách đề nghị chưa có người, tập thể nào: không có gì để công khai."));
                }

                if (start > today)
                {
                    return Result<CouncilSession>.Invalid(new FieldError("PostingStart", $"Ngày bắt đầu công khai ({VietnameseFormat.Date(start)}) chưa đến: chỉ ghi khi danh sách đã được công khai."));
                }

                if (start < today.AddDays(-90))
                {
                    return Result<CouncilSession>.Invalid(new FieldError("PostingStart", $"Ngày bắt đầu công khai ({VietnameseFormat.Date(start)}) quá 90 ngày trước hôm nay."));
                }

                var catalog = await regimes.CatalogAsync(ct);
                if (!catalog.TryResolve(start, out var regime))
                {
                    return Result<CouncilSession>.Invalid(new FieldError("PostingStart", $"Không có chế độ pháp lý có hiệu lực ngày {VietnameseFormat.Date(start)}."));
                }

                var days = regime.PostingDays(Sector.Justice);
                var calendar = await WorkingCalendar.LoadAsync(db, start, start.AddDays(60), ct);
                var end = calendar.AddWorkingDays(start, days);
                session.StartPosting(start, end, days);
                db.RecordEvent("CouncilSession.posting", nameof(CouncilSession), key,
                    $"Công khai danh sách của “{session.Title}” ({session.Candidates.Count} người, tập thể) từ {VietnameseFormat.Date(start)}, {days} ngày làm việc theo {regime.Code}: được mở bỏ phiếu từ {VietnameseFormat.Date(end)}.", path);
                break;
            }

            case SessionAction.ReturnToDraft:
                if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Trim().Length > 1000)
                {
                    return Result<CouncilSession>.Invalid(new FieldError("Reason", "Vui lòng ghi lý do trả về dự thảo (tối đa 1.000 ký tự); thời gian công khai sẽ tính lại từ đầu."));
                }

                session.ReturnToDraft(input.Reason);
                db.RecordEvent("CouncilSession.returned", nameof(CouncilSession), key, $"Trả “{session.Title}” về dự thảo; lý do: {input.Reason.Trim()}", path);
                break;
            case SessionAction.OpenVoting:
            {
                if (today < session.PostingEnd)
                {
                    return Result<CouncilSession>.Invalid(new FieldError("Status",
                        $"Chưa hết thời gian công khai: danh sách công khai từ {VietnameseFormat.Date(session.PostingStart)}, cần {session.PostingDays} ngày làm việc, được mở bỏ phiếu từ ngày {VietnameseFormat.Date(session.PostingEnd)} (hôm nay {VietnameseFormat.Date(today)})."));
                }

                var catalog = await regimes.CatalogAsync(ct);
                if (!catalog.TryResolve(today, out var regime))
                {
                    return Result<CouncilSession>.Invalid(new FieldError("Status", $"Không có chế độ pháp lý có hiệu lực ngày {VietnameseFormat.Date(today)}."));
                }

                if (!session.Council.Covers(today))
                {
                    return Result<CouncilSession>.Invalid(new FieldError("Status", $"Hôm nay ({VietnameseFormat.Date(today)}) ngoài nhiệm kỳ của {session.Council.Name}."));
                }

                var rules = regime.CouncilVote.Value;
                var members = session.Council.Members.OrderBy(m => m.Order)
                    .Select(m => (m.PersonId, m.Role, m.Person.FullName, m.Person.Position)).ToList();
                session.OpenVoting(today, regime.Code, members, rules.RequiredVotes, rules.Quorum(members.Count));
                db.RecordEvent("CouncilSession.voting", nameof(CouncilSession), key,
                    $"Mở bỏ phiếu kín “{session.Title}”: {members.Count} thành viên, túc số {session.Quorum}, chế độ {regime.Code}.", path);
                break;
            }

            default:
            {
                var ballots = await db.SecretBallots.Where(b => b.SessionId == session.Id).ToListAsync(ct);
                var participants = await db.VoteParticipations.CountAsync(p => p.SessionId == session.Id, ct);
                if (ballots.Count != participants)
                {
                    throw new InvalidOperationException($"Session {session.Id}: {ballots.Count} ballots for {participants} participants.");
                }

                var tally = CouncilTally.Count(ballots.Select(b => b.Choices), session.Candidates.Count);
                session.Close(today, participants, tally);
                await ShuffleAsync(session.Id, ballots, ct);
                var passed = session.Candidates.Count(c => c.Passed == true);
                var toProposals = await Proposals.ProposalCouncilResults.RecordAsync(db, session, ct);
                db.RecordEvent("CouncilSession.closed", nameof(CouncilSession), key,
                    $"Kết thúc bỏ phiếu “{session.Title}”: {participants}/{session.MemberCount} thành viên tham gia, {tally.Ballots} phiếu; túc số {session.Quorum} {(session.QuorumMet == true ? "đạt" : "không đạt")}; {passed}/{session.Candidates.Count} đề nghị được thông qua; kết quả ghi vào {toProposals} hồ sơ đề nghị.", path);
                break;
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (input.Action == SessionAction.Close)
        {
            await VacuumAsync(ct);
        }

        return Result<CouncilSession>.Ok(session);
    }

    /// <summary>Deletes the ballots and writes them again with new random ids in a random order, in the closing transaction (ADR 0019).</summary>
    private async Task ShuffleAsync(int sessionId, List<SecretBallot> ballots, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            // Deleted rows are overwritten with zeros rather than left in free pages of the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON;", ct);
        }

        db.SecretBallots.RemoveRange(ballots);
        await db.SaveChangesAsync(ct);
        var fresh = ballots.Select(b => new SecretBallot(sessionId, b.Receipt, b.Choices)).ToArray();
        RandomNumberGenerator.Shuffle(fresh.AsSpan());
        // One save: the rows go in the shuffled order (or in the order of their new random ids); either says nothing
        // of the order in which the ballots were cast.
        db.SecretBallots.AddRange(fresh);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>On PostgreSQL, after the commit: VACUUM frees the dead versions of the ballots written during the vote (best effort).</summary>
    private async Task VacuumAsync(CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null || db.Database.IsSqlite())
        {
            return;
        }

        try
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM \"CouncilBallots\"", ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A database user without the right to vacuum: the autovacuum will do it.
        }
    }
}

/// <summary>A comment on a candidate during the public posting, by anyone who sees the council's unit (staff included); audited.</summary>
public sealed class CommentOnCandidate(AppDbContext db, ICurrentUser actor, TimeProvider clock)
{
    public async Task<Result<PostingComment>> HandleAsync(int sessionId, int candidateId, string? text, CancellationToken ct = default)
    {
        var session = await CouncilScope.LoadSessionAsync(db, actor, sessionId, ct);
        var candidate = session?.Candidates.FirstOrDefault(c => c.Id == candidateId);
        if (session is null || candidate is null)
        {
            return Result<PostingComment>.NotFound();
        }

        if (session.Refusal(SessionAction.Comment) is { } refusal)
        {
            return Result<PostingComment>.Invalid(new FieldError("Status", refusal));
        }

        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > 2000)
        {
            return Result<PostingComment>.Invalid(new FieldError("Text", "Vui lòng nhập nội dung góp ý (tối đa 2.000 ký tự)."));
        }

        var now = DateTimeKinds.TruncateToMicroseconds(clock.GetUtcNow().UtcDateTime);
        var comment = session.AddComment(candidate.Id, actor.UserId, actor.ActorName, text, now);
        db.RecordEvent("CouncilSession.comment", nameof(CouncilSession), session.Id.ToString(CultureInfo.InvariantCulture),
            $"{actor.ActorName} góp ý về {candidate.DisplayName} ({candidate.Code}) trong thời gian công khai.", session.Council.Unit.Path);
        await db.SaveChangesAsync(ct);
        return Result<PostingComment>.Ok(comment);
    }
}

/// <summary>
/// A secret ballot: the signed-in member votes for themself (no person given), or the council's
/// secretary enters the written ballot of an absent member. Refused: a session not voting (before or after), a
/// second vote, someone who is not a member, a ballot missing a candidate or abstaining where it is not allowed.
/// The participation and the ballot are written in one transaction, with nothing linking them (ADR 0019); the
/// receipt is returned once.
/// </summary>
public sealed class CastBallot(AppDbContext db, ICurrentUser actor, TimeProvider clock)
{
    public async Task<Result<BallotReceipt>> HandleAsync(int sessionId, IReadOnlyList<ChoiceInput> choices, int? writtenFor = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var session = await CouncilScope.LoadSessionAsync(db, actor, sessionId, ct);
        if (session is null)
        {
            return Result<BallotReceipt>.NotFound();
        }

        var me = await CouncilScope.PersonOfAsync(db, actor, ct);
        var electorate = session.Status == SessionStatus.Voting
            ? session.Electorate.Select(m => (m.PersonId, m.Role, m.FullName)).ToList()
            : session.Council.Members.Select(m => (m.PersonId, m.Role, m.Person.FullName)).ToList();
        int voter;
        ParticipationMethod method;
        if (writtenFor is int absent)
        {
            if (me is null || !electorate.Any(m => m.PersonId == me && m.Role == CouncilRole.Secretary))
            {
                return Result<BallotReceipt>.Invalid(new FieldError("PersonId", "Chỉ Ủy viên thư ký của Hội đồng nhập phiếu bằng văn bản của thành viên vắng mặt."));
            }

            if (absent == me)
            {
                return Result<BallotReceipt>.Invalid(new FieldError("PersonId", "Thư ký bỏ phiếu của chính mình trên màn hình bỏ phiếu, không qua phiếu bằng văn bản."));
            }

            voter = absent;
            method = ParticipationMethod.InWriting;
        }
        else
        {
            voter = me ?? 0;
            method = ParticipationMethod.InPerson;
        }

        if (!electorate.Any(m => m.PersonId == voter))
        {
            return Result<BallotReceipt>.Invalid(new FieldError(writtenFor is null ? "Voter" : "PersonId", writtenFor is null
                ? $"Bạn không phải thành viên {session.Council.Name}: không được bỏ phiếu."
                : $"Người được nhập phiếu không phải thành viên {session.Council.Name}."));
        }

        if (session.Refusal(SessionAction.Vote) is { } refusal)
        {
            return Result<BallotReceipt>.Invalid(new FieldError("Status", refusal));
        }

        var name = electorate.First(m => m.PersonId == voter).FullName;
        if (await db.VoteParticipations.AnyAsync(p => p.SessionId == session.Id && p.PersonId == voter, ct))
        {
            return Result<BallotReceipt>.Invalid(new FieldError("Voter", $"{name} đã bỏ phiếu trong phiên họp này: mỗi thành viên chỉ bỏ một phiếu."));
        }

        var letters = new char[session.Candidates.Count];
        var errors = new List<FieldError>();
        foreach (var c in session.Candidates.OrderBy(c => c.Order))
        {
            var chosen = choices.Where(x => x.CandidateId == c.Id).ToList();
            if (chosen.Count != 1)
            {
                errors.Add(new FieldError($"Choices[{c.Order}]", $"{c.Order}. {c.DisplayName}: hãy chọn {(session.AllowAbstain ? "Đồng ý, Không đồng ý hoặc Không biểu quyết" : "Đồng ý hoặc Không đồng ý")} (một lựa chọn)."));
            }
            else if (chosen[0].Choice == BallotChoice.Abstain && !session.AllowAbstain)
            {
                errors.Add(new FieldError($"Choices[{c.Order}]", $"{c.Order}. {c.DisplayName}: phiên họp này không cho phép không biểu quyết; hãy chọn Đồng ý hoặc Không đồng ý."));
            }
            else
            {
                letters[c.Order - 1] = SecretBallot.Letter(chosen[0].Choice);
            }
        }

        if (choices.Any(x => session.Candidates.All(c => c.Id != x.CandidateId)))
        {
            errors.Add(new FieldError("Choices", "Phiếu có lựa chọn cho người, tập thể không có trong danh sách của phiên họp."));
        }

        if (errors.Count > 0)
        {
            return Result<BallotReceipt>.Invalid(errors);
        }

        var receipt = SecretBallot.NewReceipt();
        await using var transaction = await db.BeginOwnedTransactionAsync(ct);
        db.VoteParticipations.Add(new VoteParticipation(session.Id, voter, method, VietnameseFormat.Today(clock)));
        db.SecretBallots.Add(new SecretBallot(session.Id, receipt, new string(letters)));
        db.RecordEvent("CouncilSession.participated", nameof(CouncilSession), session.Id.ToString(CultureInfo.InvariantCulture),
            method == ParticipationMethod.InPerson
                ? $"{name} tham gia bỏ phiếu kín “{session.Title}” (trực tiếp)."
                : $"Thư ký nhập phiếu bằng văn bản của {name} cho “{session.Title}”.",
            session.Council.Unit.Path);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two requests of the same member at once: the (session, person) key refused the second.
            return Result<BallotReceipt>.Invalid(new FieldError("Voter", $"{name} đã bỏ phiếu trong phiên họp này: mỗi thành viên chỉ bỏ một phiếu."));
        }

        await transaction.CommitAsync(ct);
        return Result<BallotReceipt>.Ok(new BallotReceipt(session.Id, receipt, method, name));
    }
}
