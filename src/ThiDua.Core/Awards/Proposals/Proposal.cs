using System.Globalization;
using System.Text.Json.Serialization;
using ThiDua.Core.Awards.Eligibility;

namespace ThiDua.Core.Awards.Proposals;

/// <summary>The steps of a proposal (đề nghị khen thưởng) on its way up the hierarchy (ADR 0020).</summary>
public enum ProposalStatus
{
    [JsonStringEnumMemberName("DRAFT")] Draft,
    [JsonStringEnumMemberName("SUBMITTED")] Submitted,
    [JsonStringEnumMemberName("RECEIVED")] Received,
    [JsonStringEnumMemberName("UNDER_REVIEW")] UnderReview,
    [JsonStringEnumMemberName("APPROVED")] Approved,
    [JsonStringEnumMemberName("REJECTED")] Rejected,
    [JsonStringEnumMemberName("DECIDED")] Decided,
}

/// <summary>What a user does to a proposal; <see cref="Proposal.Transitions"/> says from which step.</summary>
public enum ProposalAction
{
    Edit,
    Submit,
    Receive,
    StartReview,
    Approve,
    Return,
    Reject,
    Decide,
}

/// <summary>How the proposal was made: from the eligibility candidate list, or by hand for a route that needs judgement.</summary>
public enum ProposalRoute
{
    [JsonStringEnumMemberName("AUTOMATIC")] Automatic,
    [JsonStringEnumMemberName("BY_HAND")] ByHand,
}

/// <summary>
/// A proposal of an award (đề nghị khen thưởng): the proposing unit asks the deciding unit (the superior with the
/// authority) to give a title or form to a person or a collective for a year. A state machine
/// (<see cref="Transitions"/>): draft → submitted → received → under review → approved → decided, or returned to the
/// draft with a reason, or rejected with a reason (final). No step can be skipped. The eligibility verdict and its
/// trace are frozen at submission. Approval needs a passing council result (<see cref="RecordCouncilResult"/>).
/// </summary>
public sealed class Proposal
{
    public static readonly IReadOnlyDictionary<(ProposalStatus From, ProposalAction Action), ProposalStatus> Transitions =
        new Dictionary<(ProposalStatus, ProposalAction), ProposalStatus>
        {
            [(ProposalStatus.Draft, ProposalAction.Edit)] = ProposalStatus.Draft,
            [(ProposalStatus.Draft, ProposalAction.Submit)] = ProposalStatus.Submitted,
            [(ProposalStatus.Submitted, ProposalAction.Receive)] = ProposalStatus.Received,
            [(ProposalStatus.Received, ProposalAction.StartReview)] = ProposalStatus.UnderReview,
            [(ProposalStatus.UnderReview, ProposalAction.Approve)] = ProposalStatus.Approved,
            [(ProposalStatus.UnderReview, ProposalAction.Return)] = ProposalStatus.Draft,
            [(ProposalStatus.UnderReview, ProposalAction.Reject)] = ProposalStatus.Rejected,
            [(ProposalStatus.Approved, ProposalAction.Decide)] = ProposalStatus.Decided,
        };

    private readonly List<ProposalDocument> _documents = [];

    private Proposal()
    {
    }

    public Proposal(int proposingUnitId, int? personId, int? subjectUnitId, string subjectName, AwardCode code, int year, ProposalRoute route,
        string? routeCode, string? justification, int decidingUnitId, DateTime now)
    {
        if ((personId is null) == (subjectUnitId is null))
        {
            throw new InvalidOperationException("A proposal is for one person or one collective.");
        }

        ProposingUnitId = proposingUnitId;
        PersonId = personId;
        SubjectUnitId = subjectUnitId;
        SubjectName = subjectName.Trim();
        SearchName = Shared.SearchText.Fold(SubjectName);
        Code = code;
        Year = year;
        Route = route;
        RouteCode = string.IsNullOrWhiteSpace(routeCode) ? null : routeCode.Trim().ToUpperInvariant();
        Justification = string.IsNullOrWhiteSpace(justification) ? null : justification.Trim();
        DecidingUnitId = decidingUnitId;
        Status = ProposalStatus.Draft;
        CreatedAt = now;
        StepStartedAt = now;
    }

    public int Id { get; private set; }

    public int ProposingUnitId { get; private set; }

    public Organisation.OrgUnit ProposingUnit { get; private set; } = null!;

    /// <summary>The person proposed, or null for a collective.</summary>
    public int? PersonId { get; private set; }

    public Organisation.Person? Person { get; private set; }

    /// <summary>The collective (unit) proposed, or null for a person.</summary>
    public int? SubjectUnitId { get; private set; }

    public Organisation.OrgUnit? SubjectUnit { get; private set; }

    /// <summary>The person's or collective's name when proposed (lists and search).</summary>
    public string SubjectName { get; private set; } = string.Empty;

    /// <summary>The name without diacritics, lower case (<see cref="Shared.SearchText.Fold"/>).</summary>
    public string SearchName { get; private set; } = string.Empty;

    public AwardCode Code { get; private set; }

    public int Year { get; private set; }

    public ProposalRoute Route { get; private set; }

    /// <summary>For a proposal by hand: the route that needs judgement (DOT_XUAT, CHUYEN_DE, THANH_TICH_XUAT_SAC).</summary>
    public string? RouteCode { get; private set; }

    /// <summary>For a proposal by hand: why, in the proposing unit's words.</summary>
    public string? Justification { get; private set; }

    /// <summary>The superior unit with the authority to decide (the proposing unit's parent or a chosen ancestor).</summary>
    public int DecidingUnitId { get; private set; }

    public Organisation.OrgUnit DecidingUnit { get; private set; } = null!;

    public ProposalStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public DateTime? ReceivedAt { get; private set; }

    public DateTime? ReviewStartedAt { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public DateTime? RejectedAt { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    /// <summary>When the current step began (for the deadline).</summary>
    public DateTime StepStartedAt { get; private set; }

    /// <summary>The last day of the current step (working days, <see cref="ProposalDeadline"/>), or null when no one has to act.</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>The reason of the last return (the draft shows it) or of the rejection.</summary>
    public string? LastReason { get; private set; }

    public int TimesReturned { get; private set; }

    /// <summary>The eligibility verdict (ELIGIBLE, NOT_ELIGIBLE, …) frozen at submission, or the one at creation until then.</summary>
    public string? Verdict { get; private set; }

    /// <summary>The verdict's unmet conditions and trace lines with their citations, as JSON, frozen at submission.</summary>
    public string? TraceJson { get; private set; }

    public DateTime? TraceAsOf { get; private set; }

    public bool? CouncilPassed { get; private set; }

    public int? CouncilYesVotes { get; private set; }

    public int? CouncilRequiredVotes { get; private set; }

    public int? CouncilMembers { get; private set; }

    public string? CouncilSessionRef { get; private set; }

    /// <summary>The decision that gave the award (set by the decisions part with <see cref="MarkDecided"/>).</summary>
    public string? DecisionRef { get; private set; }

    public IReadOnlyList<ProposalDocument> Documents => _documents;

    public bool IsPerson => PersonId is not null;

    /// <summary>The unit whose officers must act now: the deciding unit from submission to approval, else the proposing unit.</summary>
    public int NextActorUnitId => Status is ProposalStatus.Submitted or ProposalStatus.Received or ProposalStatus.UnderReview ? DecidingUnitId : ProposingUnitId;

    public bool IsOverdue(DateOnly today) => DueOn is { } due && due < today;

    /// <summary>The message when <paramref name="action"/> is not allowed now, or null.</summary>
    public string? Refusal(ProposalAction action) =>
        Transitions.ContainsKey((Status, action)) ? null : ProposalTexts.NotAllowed(action, Status);

    private void Move(ProposalAction action, DateTime now, DateOnly? due)
    {
        if (!Transitions.TryGetValue((Status, action), out var next))
        {
            throw new InvalidOperationException(ProposalTexts.NotAllowed(action, Status));
        }

        Status = next;
        StepStartedAt = now;
        DueOn = due;
    }

    /// <summary>Freezes the verdict and trace (at creation, and again at submission).</summary>
    public void FreezeVerdict(Outcome outcome, string traceJson, DateTime now)
    {
        Verdict = Codes.Of(outcome);
        TraceJson = traceJson;
        TraceAsOf = now;
    }

    public void Change(string? justification)
    {
        if (Refusal(ProposalAction.Edit) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }

        Justification = string.IsNullOrWhiteSpace(justification) ? null : justification.Trim();
    }

    /// <summary>Attaches a stored file as a dossier item (replacing an earlier file for the same item); only in the draft.</summary>
    public void Attach(string itemCode, int storedFileId, string fileName, DateTime now, string uploadedBy)
    {
        if (Refusal(ProposalAction.Edit) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }

        _documents.RemoveAll(d => d.ItemCode == itemCode);
        _documents.Add(new ProposalDocument(itemCode, storedFileId, fileName, now, uploadedBy));
    }

    /// <summary>The dossier items still missing (names), per the checklist of the title or form.</summary>
    public IReadOnlyList<DossierItem> MissingItems() =>
        DossierChecklist.For(Code, Route, RouteCode).Where(i => _documents.All(d => d.ItemCode != i.Code)).ToList();

    public void Submit(DateTime now, DateOnly due)
    {
        if (MissingItems() is { Count: > 0 } missing)
        {
            throw new InvalidOperationException(ProposalTexts.Incomplete(missing));
        }

        Move(ProposalAction.Submit, now, due);
        SubmittedAt = now;
    }

    public void Receive(DateTime now, DateOnly due)
    {
        Move(ProposalAction.Receive, now, due);
        ReceivedAt = now;
    }

    public void StartReview(DateTime now, DateOnly due)
    {
        Move(ProposalAction.StartReview, now, due);
        ReviewStartedAt = now;
    }

    /// <summary>
    /// The council's result for this proposal (the council/ballot part calls it): passed, yes votes, votes required,
    /// members of the council, the session's reference. Allowed while the deciding unit reviews the proposal.
    /// Returns the refusal, or null.
    /// </summary>
    public string? RecordCouncilResult(bool passed, int yesVotes, int requiredVotes, int members, string sessionRef)
    {
        if (Status is not (ProposalStatus.Received or ProposalStatus.UnderReview))
        {
            return $"Chỉ ghi kết quả Hội đồng khi hồ sơ đã được tiếp nhận hoặc đang thẩm định (hiện tại: {ProposalTexts.Status(Status)}).";
        }

        if (members < 1 || yesVotes < 0 || yesVotes > members || requiredVotes < 1 || requiredVotes > members)
        {
            return $"Kết quả Hội đồng không hợp lệ: số phiếu đồng ý ({yesVotes}) và số phiếu cần đạt ({requiredVotes}) phải từ 0 (1) đến số thành viên Hội đồng ({members}).";
        }

        if (passed != (yesVotes >= requiredVotes))
        {
            return $"Kết quả Hội đồng mâu thuẫn: {yesVotes} phiếu đồng ý so với {requiredVotes} phiếu cần đạt thì {(yesVotes >= requiredVotes ? "đạt" : "không đạt")}.";
        }

        if (string.IsNullOrWhiteSpace(sessionRef))
        {
            return "Vui lòng nhập số hiệu phiên họp hoặc biên bản của Hội đồng.";
        }

        CouncilPassed = passed;
        CouncilYesVotes = yesVotes;
        CouncilRequiredVotes = requiredVotes;
        CouncilMembers = members;
        CouncilSessionRef = sessionRef.Trim();
        return null;
    }

    /// <summary>
    /// The rule of approval (ADR 0020): every title and form needs the council's vote — a passing result recorded — and
    /// the dossier complete (the minutes among it). Returns what is missing; empty when the proposal may be approved.
    /// </summary>
    public IReadOnlyList<string> ApprovalProblems()
    {
        var problems = new List<string>();
        if (Refusal(ProposalAction.Approve) is { } refusal)
        {
            problems.Add(refusal);
        }

        if (MissingItems() is { Count: > 0 } missing)
        {
            problems.Add(ProposalTexts.Incomplete(missing));
        }

        if (CouncilPassed is null)
        {
            problems.Add($"Chưa có kết quả bỏ phiếu của Hội đồng Thi đua – Khen thưởng: {ProposalTexts.AwardName(Code)} phải được Hội đồng xét và đạt số phiếu cần thiết trước khi phê duyệt.");
        }
        else if (CouncilPassed == false)
        {
            problems.Add($"Hội đồng không thông qua ({CouncilYesVotes}/{CouncilRequiredVotes} phiếu cần đạt, phiên {CouncilSessionRef}): không thể phê duyệt; hãy trả lại hoặc từ chối đề nghị.");
        }

        return problems;
    }

    public void Approve(DateTime now, DateOnly due)
    {
        if (ApprovalProblems() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        Move(ProposalAction.Approve, now, due);
        ApprovedAt = now;
    }

    /// <summary>Back to the proposing unit's draft for correction, with the reason; the council's result no longer stands.</summary>
    public void Return(string reason, DateTime now)
    {
        Move(ProposalAction.Return, now, null);
        LastReason = reason.Trim();
        TimesReturned++;
        CouncilPassed = null;
        CouncilYesVotes = null;
        CouncilRequiredVotes = null;
        CouncilMembers = null;
        CouncilSessionRef = null;
    }

    public void Reject(string reason, DateTime now)
    {
        Move(ProposalAction.Reject, now, null);
        LastReason = reason.Trim();
        RejectedAt = now;
    }

    /// <summary>The award decision was issued (the decisions part calls this through <see cref="MarkProposalDecided"/>).</summary>
    public void MarkDecided(string decisionRef, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(decisionRef))
        {
            throw new InvalidOperationException("Vui lòng nhập số, ký hiệu quyết định khen thưởng.");
        }

        Move(ProposalAction.Decide, now, null);
        DecisionRef = decisionRef.Trim();
        DecidedAt = now;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Proposal {Id} {Codes.Of(Code)} {Year} {Status}");
}

/// <summary>A dossier item satisfied by an uploaded file (<see cref="Documents.Files.StoredFile"/>).</summary>
public sealed class ProposalDocument
{
    private ProposalDocument()
    {
    }

    public ProposalDocument(string itemCode, int storedFileId, string fileName, DateTime uploadedAt, string uploadedBy)
    {
        ItemCode = itemCode;
        StoredFileId = storedFileId;
        FileName = fileName;
        UploadedAt = uploadedAt;
        UploadedBy = uploadedBy;
    }

    public int Id { get; private set; }

    public int ProposalId { get; private set; }

    public string ItemCode { get; private set; } = string.Empty;

    public int StoredFileId { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public DateTime UploadedAt { get; private set; }

    public string UploadedBy { get; private set; } = string.Empty;
}
