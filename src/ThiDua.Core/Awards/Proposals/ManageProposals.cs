using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Data;
using ThiDua.Core.Documents.Files;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Proposals;

/// <summary>
/// A proposal as asked: the proposing unit, the person or the collective (one of them), the title or form, the year,
/// the route (AUTOMATIC from the candidate list, or BY_HAND with a route code and a written justification), and the
/// deciding unit (null: the proposing unit's parent).
/// </summary>
public sealed record ProposalInput(
    int ProposingUnitId, int? PersonId, int? SubjectUnitId, string? Code, int Year, ProposalRoute Route, string? RouteCode, string? Justification, int? DecidingUnitId);

/// <summary>
/// Makes a proposal (Draft). The verdict of the candidate list for the person or collective, title and year is
/// computed and kept: a suspended one (a case pending, rules.md §5) is refused naming the case; an automatic proposal
/// of someone not eligible is refused listing the unmet criteria; a proposal by hand needs a route that needs
/// judgement and a justification. One live proposal per person (or collective), title and year. One save, audited.
/// </summary>
public sealed class CreateProposal(AppDbContext db, ICurrentUser actor, TimeProvider clock, GetPersonCandidate personCandidate, GetCollectiveCandidate collectiveCandidate)
{
    public const int MinJustification = 30;

    public async Task<Result<Proposal>> HandleAsync(ProposalInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var proposing = await db.Units.AsNoTracking().Where(u => u.Id == input.ProposingUnitId).Select(u => new { u.Id, u.Name, u.Path, u.ParentId }).FirstOrDefaultAsync(ct);
        if (proposing is null || !actor.CanAccess(ProposalsPermissions.Propose, proposing.Path))
        {
            return Result<Proposal>.NotFound();
        }

        var errors = new List<FieldError>();
        if ((input.PersonId is null) == (input.SubjectUnitId is null))
        {
            return Result<Proposal>.Invalid(new FieldError("PersonId", "Chọn một cá nhân hoặc một tập thể được đề nghị."));
        }

        string subjectName;
        if (input.PersonId is int personId)
        {
            var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.FullName, p.Unit.Path }).FirstOrDefaultAsync(ct);
            if (person is null || !person.Path.StartsWith(proposing.Path, StringComparison.Ordinal))
            {
                return Result<Proposal>.NotFound();
            }

            subjectName = person.FullName;
        }
        else
        {
            var unit = await db.Units.AsNoTracking().Where(u => u.Id == input.SubjectUnitId).Select(u => new { u.Name, u.Path }).FirstOrDefaultAsync(ct);
            if (unit is null || !unit.Path.StartsWith(proposing.Path, StringComparison.Ordinal))
            {
                return Result<Proposal>.NotFound();
            }

            subjectName = unit.Name;
        }

        if (!Codes.TryParseAward(input.Code?.Trim().ToUpperInvariant() ?? string.Empty, out var code))
        {
            errors.Add(new FieldError("Code", $"Danh hiệu, hình thức khen thưởng '{input.Code}' không có trong danh mục (ví dụ LDTT, CSTDCS, BKBO, TTLDXS)."));
        }

        if (input.Year is < 2000 or > 2999)
        {
            errors.Add(new FieldError("Year", $"Năm thi đua {input.Year} không hợp lệ."));
        }

        if (input.Route == ProposalRoute.ByHand)
        {
            if (input.RouteCode is null || !DossierChecklist.ByHandRoutes.ContainsKey(input.RouteCode.Trim().ToUpperInvariant()))
            {
                errors.Add(new FieldError("RouteCode", "Đề nghị thủ công phải chọn trường hợp cần cân nhắc: " + string.Join(", ", DossierChecklist.ByHandRoutes.Select(r => $"{r.Key} ({r.Value})")) + "."));
            }

            if (string.IsNullOrWhiteSpace(input.Justification) || input.Justification.Trim().Length < MinJustification)
            {
                errors.Add(new FieldError("Justification", $"Đề nghị thủ công phải có giải trình bằng văn bản (ít nhất {MinJustification} ký tự): thành tích cụ thể, thời gian, kết quả."));
            }
            else if (input.Justification.Trim().Length > 4000)
            {
                errors.Add(new FieldError("Justification", "Giải trình tối đa 4.000 ký tự."));
            }
        }

        // The deciding unit: the proposing unit's parent, or an ancestor chosen (never the unit itself or a sibling).
        var decidingId = input.DecidingUnitId ?? proposing.ParentId;
        var deciding = decidingId is null ? null
            : await db.Units.AsNoTracking().Where(u => u.Id == decidingId).Select(u => new { u.Id, u.Name, u.Path }).FirstOrDefaultAsync(ct);
        if (deciding is null || deciding.Id == proposing.Id || !proposing.Path.StartsWith(deciding.Path, StringComparison.Ordinal))
        {
            errors.Add(new FieldError("DecidingUnitId", $"Đơn vị xét quyết định phải là cấp trên của {proposing.Name} (đơn vị cấp trên trực tiếp hoặc cấp trên nữa có thẩm quyền)."));
        }

        if (errors.Count > 0)
        {
            return Result<Proposal>.Invalid(errors);
        }

        if (await db.Proposals.AnyAsync(p => p.Code == code && p.Year == input.Year && p.Status != ProposalStatus.Rejected
            && (input.PersonId != null ? p.PersonId == input.PersonId : p.SubjectUnitId == input.SubjectUnitId), ct))
        {
            return Result<Proposal>.Invalid(new FieldError("Code", $"{subjectName} đã có đề nghị {ProposalTexts.AwardName(code)} năm {input.Year} (chưa bị từ chối): hãy mở đề nghị đã có."));
        }

        var verdict = await ProposalVerdicts.JudgeAsync(personCandidate, collectiveCandidate, input.PersonId, input.SubjectUnitId, code, input.Year, ct);
        if (verdict.NotFound)
        {
            return Result<Proposal>.NotFound();
        }

        if (ProposalVerdicts.Refusal(verdict, input.Route, subjectName) is { } refusal)
        {
            return Result<Proposal>.Invalid(refusal);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var proposal = new Proposal(proposing.Id, input.PersonId, input.SubjectUnitId, subjectName, code, input.Year, input.Route,
            input.Route == ProposalRoute.ByHand ? input.RouteCode : null, input.Justification, deciding!.Id, now);
        proposal.FreezeVerdict(verdict.Verdict!.Outcome, verdict.Json!, now);
        // Audited as the row's creation (Proposal.created: who, what, for whom, the route and the frozen verdict).
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync(ct);
        return Result<Proposal>.Ok(proposal);
    }
}

/// <summary>The candidate list's verdict for a proposal: for the title or form when the list judges it, else (forms the list does not judge) the LDTT/TTLDTT verdict, which says whether a case is pending.</summary>
internal static class ProposalVerdicts
{
    public sealed record Judged(bool NotFound, PersonVerdict? Verdict, string? Json, bool Exact);

    public static async Task<Judged> JudgeAsync(GetPersonCandidate person, GetCollectiveCandidate collective, int? personId, int? unitId, AwardCode code, int year, CancellationToken ct)
    {
        var exact = personId is not null ? ListCandidates.PersonTargets.Contains(code) : ListCandidates.CollectiveTargets.Contains(code);
        var target = exact ? code : personId is not null ? AwardCode.Ldtt : AwardCode.Ttldtt;
        PersonVerdict? verdict;
        if (personId is int pid)
        {
            var r = await person.HandleAsync(pid, year, target, null, ct);
            if (r.IsNotFound)
            {
                return new(true, null, null, exact);
            }

            verdict = r.Value?.Verdicts.SingleOrDefault();
        }
        else
        {
            var r = await collective.HandleAsync(unitId!.Value, year, target, null, ct);
            if (r.IsNotFound)
            {
                return new(true, null, null, exact);
            }

            verdict = r.Value?.Verdicts.SingleOrDefault();
        }

        if (verdict is null)
        {
            return new(true, null, null, exact);
        }

        var note = exact ? null : $"Danh sách đủ điều kiện không tự xét {ProposalTexts.AwardName(code)}; kết luận trên là của {verdict.TargetName}, dùng để kiểm tra trường hợp tạm đình chỉ xét.";
        return new(false, verdict, ProposalScope.TraceJson(verdict, year, note), exact);
    }

    /// <summary>Suspended: refused naming the case. Automatic and not eligible: refused with the unmet criteria.</summary>
    public static FieldError? Refusal(Judged judged, ProposalRoute route, string subjectName)
    {
        var v = judged.Verdict!;
        if (v.Outcome == Outcome.Suspended)
        {
            var cases = v.Unmet.Where(u => u.Code == "PENDING_CASE").Select(u => u.Message).DefaultIfEmpty("có vụ việc đang xem xét").ToList();
            return new FieldError("PersonId", $"{subjectName} đang bị tạm đình chỉ xét khen thưởng (Nghị định 98/2023, Điều 4): {string.Join("; ", cases)}. Chỉ đề nghị khi vụ việc đã có kết luận.");
        }

        if (route == ProposalRoute.Automatic && !judged.Exact)
        {
            return new FieldError("Route", $"{v.TargetName}: danh sách đủ điều kiện không tự xét hình thức này; hãy lập đề nghị thủ công kèm giải trình.");
        }

        if (route == ProposalRoute.Automatic && v.Outcome != Outcome.Eligible)
        {
            var unmet = v.Unmet.Select(u => string.IsNullOrEmpty(u.Citation) ? u.Message : $"{u.Message} ({u.Citation})").ToList();
            return new FieldError("Code", $"{subjectName} chưa đủ điều kiện {v.TargetName}: {string.Join("; ", unmet)}.");
        }

        return null;
    }
}

/// <summary>A file to attach to a dossier item: its name as uploaded and its bytes.</summary>
public sealed record DossierUpload(string ItemCode, string FileName, byte[] Content);

/// <summary>
/// Uploads a signed scan (PDF or image) or an edited draft (.docx) for one dossier item of a draft proposal: validated
/// by content (<see cref="UploadCheck"/>), stored in the database with its SHA-256, replacing the earlier file of that
/// item. Refused: an item not in the checklist, a proposal past the draft, any bad file — nothing written.
/// </summary>
public sealed class UploadProposalDocument(AppDbContext db, ICurrentUser actor, TimeProvider clock, UploadOptions options)
{
    public static readonly IReadOnlyList<UploadKind> Allowed = [UploadKind.Pdf, UploadKind.Png, UploadKind.Jpeg, UploadKind.Docx];

    public async Task<Result<Proposal>> HandleAsync(int id, DossierUpload upload, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var proposal = await ProposalScope.LoadAsync(db, actor, id, ct);
        if (proposal is null || !ProposalScope.CanPropose(actor, proposal))
        {
            return Result<Proposal>.NotFound();
        }

        if (proposal.Refusal(ProposalAction.Edit) is { } refusal)
        {
            return Result<Proposal>.Invalid(new FieldError("Status", refusal));
        }

        var item = DossierChecklist.For(proposal.Code, proposal.Route, proposal.RouteCode).FirstOrDefault(i => i.Code == upload.ItemCode);
        if (item is null)
        {
            return Result<Proposal>.Invalid(new FieldError("ItemCode", $"Thành phần hồ sơ '{upload.ItemCode}' không có trong danh mục hồ sơ của {ProposalTexts.AwardName(proposal.Code)}."));
        }

        var (verdict, error) = UploadCheck.Check(upload.FileName, upload.Content, options, Allowed);
        if (verdict is null)
        {
            return Result<Proposal>.Invalid(new FieldError("File", $"{item.Name}: {error}"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var file = new StoredFile(upload.FileName, verdict.ContentType, upload.Content, proposal.ProposingUnitId, actor.ActorName, now);
        await using var transaction = await db.BeginOwnedTransactionAsync(ct);
        db.StoredFiles.Add(file);
        await db.SaveChangesAsync(ct);
        proposal.Attach(item.Code, file.Id, file.OriginalName, now, actor.ActorName);
        db.RecordEvent("Proposal.Upload", nameof(Proposal), proposal.Id.ToString(CultureInfo.InvariantCulture),
            $"Tải lên {item.Name}: {file.OriginalName} ({file.Size} byte, SHA-256 {file.Sha256})", proposal.ProposingUnit.Path);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<Proposal>.Ok(proposal);
    }
}

/// <summary>
/// Moves a proposal one step: SUBMIT (proposing unit; the dossier complete; the verdict frozen again, a suspension
/// since refused), RECEIVE, START_REVIEW, APPROVE (council result passed, dossier complete), RETURN (reason; back to
/// the draft), REJECT (reason; final) by the deciding unit. A step that is not next is refused
/// (<see cref="Proposal.Transitions"/>). Each step sets the next deadline, is audited and notifies the next actor.
/// </summary>
public sealed class ChangeProposalStep(AppDbContext db, ICurrentUser actor, TimeProvider clock, GetPersonCandidate personCandidate,
    GetCollectiveCandidate collectiveCandidate, ProposalNotifier notifier)
{
    public const int MaxReason = 1000;

    public static readonly IReadOnlySet<ProposalAction> Steps = new HashSet<ProposalAction>
    {
        ProposalAction.Submit, ProposalAction.Receive, ProposalAction.StartReview, ProposalAction.Approve, ProposalAction.Return, ProposalAction.Reject,
    };

    public async Task<Result<Proposal>> HandleAsync(int id, ProposalAction action, string? reason, CancellationToken ct = default)
    {
        if (!Steps.Contains(action))
        {
            return Result<Proposal>.Invalid(new FieldError("Action", "Bước không hợp lệ: SUBMIT, RECEIVE, START_REVIEW, APPROVE, RETURN (lý do) hoặc REJECT (lý do)."));
        }

        var proposal = await ProposalScope.LoadAsync(db, actor, id, ct);
        if (proposal is null)
        {
            return Result<Proposal>.NotFound();
        }

        var proposingSide = action == ProposalAction.Submit;
        if (proposingSide ? !ProposalScope.CanPropose(actor, proposal) : !ProposalScope.CanReview(actor, proposal))
        {
            return Result<Proposal>.NotFound();
        }

        if (proposal.Refusal(action) is { } refusal)
        {
            return Result<Proposal>.Invalid(new FieldError("Status", refusal));
        }

        if (action is ProposalAction.Return or ProposalAction.Reject)
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                return Result<Proposal>.Invalid(new FieldError("Reason", action == ProposalAction.Return
                    ? "Vui lòng ghi lý do trả lại và nội dung cần bổ sung, sửa đổi."
                    : "Vui lòng ghi lý do từ chối đề nghị."));
            }

            if (reason.Trim().Length > MaxReason)
            {
                return Result<Proposal>.Invalid(new FieldError("Reason", $"Lý do tối đa {MaxReason} ký tự."));
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnameseFormat.Today(clock);
        var due = await ProposalScope.DueDatesAsync(db, today, ct);
        switch (action)
        {
            case ProposalAction.Submit:
                if (proposal.MissingItems() is { Count: > 0 } missing)
                {
                    return Result<Proposal>.Invalid(new FieldError("Documents", ProposalTexts.Incomplete(missing)));
                }

                var judged = await ProposalVerdicts.JudgeAsync(personCandidate, collectiveCandidate, proposal.PersonId, proposal.SubjectUnitId, proposal.Code, proposal.Year, ct);
                if (judged.NotFound)
                {
                    return Result<Proposal>.NotFound();
                }

                if (ProposalVerdicts.Refusal(judged, proposal.Route, proposal.SubjectName) is { } changed)
                {
                    return Result<Proposal>.Invalid(changed);
                }

                proposal.FreezeVerdict(judged.Verdict!.Outcome, judged.Json!, now);
                proposal.Submit(now, due(DeadlineStep.Receive));
                break;
            case ProposalAction.Receive:
                proposal.Receive(now, due(DeadlineStep.StartReview));
                break;
            case ProposalAction.StartReview:
                proposal.StartReview(now, due(DeadlineStep.Review));
                break;
            case ProposalAction.Approve:
                if (proposal.ApprovalProblems() is { Count: > 0 } problems)
                {
                    return Result<Proposal>.Invalid(problems.Select(p => new FieldError("Status", p)).ToList());
                }

                proposal.Approve(now, due(DeadlineStep.Decide));
                break;
            case ProposalAction.Return:
                proposal.Return(reason!, now);
                break;
            default:
                proposal.Reject(reason!, now);
                break;
        }

        db.RecordEvent($"Proposal.{action}", nameof(Proposal), proposal.Id.ToString(CultureInfo.InvariantCulture),
            $"{ProposalTexts.Action(action)}: {ProposalTexts.AwardName(proposal.Code)} năm {proposal.Year} – {proposal.SubjectName} → {ProposalTexts.Status(proposal.Status)}"
            + (reason is not null && action is ProposalAction.Return or ProposalAction.Reject ? $"; lý do: {reason.Trim()}" : string.Empty),
            proposal.ProposingUnit.Path);
        var mails = await notifier.QueueAsync(proposal, action, reason, now, ct);
        await db.SaveChangesAsync(ct);
        await notifier.SendAsync(mails, ct);
        return Result<Proposal>.Ok(proposal);
    }
}

/// <summary>The council's result as sent (until the ballot part calls <see cref="Proposal.RecordCouncilResult"/> itself).</summary>
public sealed record CouncilResultInput(bool Passed, int YesVotes, int RequiredVotes, int Members, string? SessionRef);

/// <summary>Records the council's vote on a proposal, by the deciding unit (received or under review); audited.</summary>
public sealed class RecordProposalCouncilResult(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<Proposal>> HandleAsync(int id, CouncilResultInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var proposal = await ProposalScope.LoadAsync(db, actor, id, ct);
        if (proposal is null || !ProposalScope.CanReview(actor, proposal))
        {
            return Result<Proposal>.NotFound();
        }

        if (proposal.RecordCouncilResult(input.Passed, input.YesVotes, input.RequiredVotes, input.Members, input.SessionRef ?? string.Empty) is { } refusal)
        {
            return Result<Proposal>.Invalid(new FieldError("Council", refusal));
        }

        db.RecordEvent("Proposal.Council", nameof(Proposal), proposal.Id.ToString(CultureInfo.InvariantCulture),
            $"Kết quả Hội đồng ({input.SessionRef}): {(input.Passed ? "đạt" : "không đạt")}, {input.YesVotes}/{input.Members} phiếu đồng ý, cần {input.RequiredVotes}", proposal.ProposingUnit.Path);
        await db.SaveChangesAsync(ct);
        return Result<Proposal>.Ok(proposal);
    }
}

/// <summary>
/// The decisions part marks an approved proposal decided with the decision's reference (<c>MarkDecided(proposalId,
/// decisionRef)</c>); only by the deciding unit, only from Approved; audited, and the proposing unit is notified.
/// </summary>
public sealed class MarkProposalDecided(AppDbContext db, ICurrentUser actor, TimeProvider clock, ProposalNotifier notifier)
{
    public async Task<Result<Proposal>> MarkDecided(int proposalId, string decisionRef, CancellationToken ct = default)
    {
        var proposal = await ProposalScope.LoadAsync(db, actor, proposalId, ct);
        if (proposal is null || !ProposalScope.CanReview(actor, proposal))
        {
            return Result<Proposal>.NotFound();
        }

        if (proposal.Refusal(ProposalAction.Decide) is { } refusal)
        {
            return Result<Proposal>.Invalid(new FieldError("Status", refusal));
        }

        if (string.IsNullOrWhiteSpace(decisionRef) || decisionRef.Trim().Length > 100)
        {
            return Result<Proposal>.Invalid(new FieldError("DecisionRef", "Vui lòng nhập số, ký hiệu quyết định khen thưởng (tối đa 100 ký tự)."));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        proposal.MarkDecided(decisionRef, now);
        db.RecordEvent("Proposal.Decide", nameof(Proposal), proposal.Id.ToString(CultureInfo.InvariantCulture),
            $"Quyết định khen thưởng {decisionRef.Trim()}: {ProposalTexts.AwardName(proposal.Code)} năm {proposal.Year} – {proposal.SubjectName}", proposal.ProposingUnit.Path);
        var mails = await notifier.QueueAsync(proposal, ProposalAction.Decide, null, now, ct);
        await db.SaveChangesAsync(ct);
        await notifier.SendAsync(mails, ct);
        return Result<Proposal>.Ok(proposal);
    }
}

/// <summary>One step's processing time as sent.</summary>
public sealed record DeadlineInput(string? Step, int WorkingDays);

/// <summary>The processing times of the steps (<see cref="ProposalDeadline"/>): read by anyone who sees proposals, changed by an administrator at the root.</summary>
public sealed class ManageProposalDeadlines(AppDbContext db, ICurrentUser actor)
{
    public sealed record DeadlineRow(DeadlineStep Step, string Code, string Name, int WorkingDays);

    public async Task<IReadOnlyList<DeadlineRow>> ListAsync(CancellationToken ct = default)
    {
        var table = await db.ProposalDeadlines.AsNoTracking().ToDictionaryAsync(d => d.Step, d => d.WorkingDays, ct);
        return Enum.GetValues<DeadlineStep>().Select(s => new DeadlineRow(s, CodeOf<DeadlineStep>.Code(s), ProposalDeadline.Name(s),
            table.TryGetValue(s, out var d) ? d : ProposalDeadline.Defaults[s])).ToList();
    }

    public async Task<Result<IReadOnlyList<DeadlineRow>>> UpdateAsync(IReadOnlyList<DeadlineInput> input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!actor.HasAtRoot(ProposalsPermissions.ManageDeadlines))
        {
            return Result<IReadOnlyList<DeadlineRow>>.NotFound();
        }

        var errors = new List<FieldError>();
        var parsed = new Dictionary<DeadlineStep, int>();
        for (var i = 0; i < input.Count; i++)
        {
            if (!CodeOf<DeadlineStep>.TryParse(input[i].Step, out var step))
            {
                errors.Add(new FieldError($"Deadlines[{i}].Step", $"Bước '{input[i].Step}' không có: {string.Join(", ", CodeOf<DeadlineStep>.All)}."));
            }
            else if (input[i].WorkingDays is < 1 or > 250)
            {
                errors.Add(new FieldError($"Deadlines[{i}].WorkingDays", $"{ProposalDeadline.Name(step)}: thời hạn phải từ 1 đến 250 ngày làm việc."));
            }
            else
            {
                parsed[step] = input[i].WorkingDays;
            }
        }

        if (errors.Count > 0)
        {
            return Result<IReadOnlyList<DeadlineRow>>.Invalid(errors);
        }

        var rows = await db.ProposalDeadlines.ToListAsync(ct);
        foreach (var (step, days) in parsed)
        {
            if (rows.FirstOrDefault(r => r.Step == step) is { } row)
            {
                row.Change(days);
            }
            else
            {
                db.ProposalDeadlines.Add(new ProposalDeadline(step, days));
            }
        }

        await db.SaveChangesAsync(ct);
        return Result<IReadOnlyList<DeadlineRow>>.Ok(await ListAsync(ct));
    }
}
