using System.Text.Json.Serialization;

namespace ThiDua.Core.Covenants;

/// <summary>The steps of a covenant's year (rules.md §6 clusters): drafted, signed by every member, reviewed mid-year, scored, closed with the vote.</summary>
public enum CovenantStatus
{
    [JsonStringEnumMemberName("DRAFT")] Draft,
    [JsonStringEnumMemberName("OPEN_FOR_SIGNING")] OpenForSigning,
    [JsonStringEnumMemberName("SIGNED")] AllSigned,
    [JsonStringEnumMemberName("MID_YEAR_REVIEWED")] MidYearReviewed,
    [JsonStringEnumMemberName("SCORING")] Scoring,
    [JsonStringEnumMemberName("CLOSED")] Closed,
}

/// <summary>What a user (or the last signature) does to a covenant; <see cref="Covenant.Transitions"/> says from which step.</summary>
public enum CovenantAction
{
    Edit,
    OpenForSigning,
    ReturnToDraft,
    Sign,
    RecordReview,
    StartScoring,
    ReopenReview,
    Score,
    Vote,
    Close,
    ReopenScoring,
}

/// <summary>How a signer confirmed their identity when signing.</summary>
public enum SignatureMethod
{
    [JsonStringEnumMemberName("PASSWORD")] Password,
    [JsonStringEnumMemberName("TOTP")] Totp,
    [JsonStringEnumMemberName("SYSTEM")] System,
}

/// <summary>
/// An emulation covenant (giao ước thi đua) of a cluster or block for one emulation year, drafted by the head unit
/// (cụm trưởng): ordered commitments with measurable targets, scoring criteria whose points add up to
/// <see cref="MaxPoints"/>; signed by every member unit; reviewed mid-year; cross-scored and voted at year end
/// (rules.md §6: "the cluster reviews the year, votes its leading units (suy tôn) and signs the covenant for the next
/// year"). An explicit state machine (<see cref="Transitions"/>): no step can be skipped, going back needs a reason.
/// </summary>
public sealed class Covenant
{
    /// <summary>The allowed transitions: (step, action) → next step. Anything else is refused with a message.</summary>
    public static readonly IReadOnlyDictionary<(CovenantStatus From, CovenantAction Action), CovenantStatus> Transitions =
        new Dictionary<(CovenantStatus, CovenantAction), CovenantStatus>
        {
            [(CovenantStatus.Draft, CovenantAction.Edit)] = CovenantStatus.Draft,
            [(CovenantStatus.Draft, CovenantAction.OpenForSigning)] = CovenantStatus.OpenForSigning,
            [(CovenantStatus.OpenForSigning, CovenantAction.ReturnToDraft)] = CovenantStatus.Draft,
            [(CovenantStatus.OpenForSigning, CovenantAction.Sign)] = CovenantStatus.OpenForSigning, // → Signed with the last member's signature
            [(CovenantStatus.AllSigned, CovenantAction.RecordReview)] = CovenantStatus.MidYearReviewed,
            [(CovenantStatus.MidYearReviewed, CovenantAction.RecordReview)] = CovenantStatus.MidYearReviewed,
            [(CovenantStatus.MidYearReviewed, CovenantAction.StartScoring)] = CovenantStatus.Scoring,
            [(CovenantStatus.Scoring, CovenantAction.ReopenReview)] = CovenantStatus.MidYearReviewed,
            [(CovenantStatus.Scoring, CovenantAction.Score)] = CovenantStatus.Scoring,
            [(CovenantStatus.Scoring, CovenantAction.Vote)] = CovenantStatus.Scoring,
            [(CovenantStatus.Scoring, CovenantAction.Close)] = CovenantStatus.Closed,
            [(CovenantStatus.Closed, CovenantAction.ReopenScoring)] = CovenantStatus.Scoring,
        };

    private readonly List<CovenantCommitment> _commitments = [];
    private readonly List<CovenantCriterion> _criteria = [];
    private readonly List<CovenantSignature> _signatures = [];
    private readonly List<CovenantScore> _scores = [];
    private readonly List<CovenantVote> _votes = [];
    private readonly List<CovenantResult> _results = [];

    private Covenant()
    {
    }

    public Covenant(int clusterId, int year, int headUnitId, string title, int maxPoints, int leadingSeats)
    {
        ClusterId = clusterId;
        Year = year;
        HeadUnitId = headUnitId;
        Status = CovenantStatus.Draft;
        Change(title, maxPoints, leadingSeats);
    }

    public int Id { get; private set; }

    public int ClusterId { get; private set; }

    public Organisation.Clusters.Cluster Cluster { get; private set; } = null!;

    public int Year { get; private set; }

    /// <summary>The head unit (cụm trưởng) of the year, who drafted the covenant.</summary>
    public int HeadUnitId { get; private set; }

    public Organisation.OrgUnit HeadUnit { get; private set; } = null!;

    public string Title { get; private set; } = string.Empty;

    public CovenantStatus Status { get; private set; }

    public int MaxPoints { get; private set; }

    /// <summary>How many leading units (đơn vị dẫn đầu) the cluster votes at year end (usually one).</summary>
    public int LeadingSeats { get; private set; }

    public DateTime? OpenedAt { get; private set; }

    public DateTime? SignedAt { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    public DateTime? ScoringStartedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    /// <summary>The reason of the last step back (return to draft, reopen), kept with the covenant and in the audit trail.</summary>
    public string? LastReason { get; private set; }

    /// <summary>General comment of the mid-year review.</summary>
    public string? ReviewSummary { get; private set; }

    public IReadOnlyList<CovenantCommitment> Commitments => _commitments;

    public IReadOnlyList<CovenantCriterion> Criteria => _criteria;

    public IReadOnlyList<CovenantSignature> Signatures => _signatures;

    public IReadOnlyList<CovenantScore> Scores => _scores;

    public IReadOnlyList<CovenantVote> Votes => _votes;

    public IReadOnlyList<CovenantResult> Results => _results;

    /// <summary>The message when <paramref name="action"/> is not allowed in the current step, or null.</summary>
    public string? Refusal(CovenantAction action) =>
        Transitions.ContainsKey((Status, action)) ? null : CovenantTexts.NotAllowed(action, Status);

    private CovenantStatus Move(CovenantAction action)
    {
        if (!Transitions.TryGetValue((Status, action), out var next))
        {
            throw new InvalidOperationException(CovenantTexts.NotAllowed(action, Status));
        }

        Status = next;
        return next;
    }

    /// <summary>Changes the draft's heading fields (checked by <see cref="CovenantRules"/>).</summary>
    public void Change(string title, int maxPoints, int leadingSeats)
    {
        Title = title.Trim();
        MaxPoints = maxPoints;
        LeadingSeats = leadingSeats;
    }

    /// <summary>Replaces the commitments and criteria of a draft (validated by <see cref="CovenantRules"/>).</summary>
    public void SetContent(IEnumerable<(string Text, string? Indicator, decimal? Target, string? Unit)> commitments, IEnumerable<(string Name, int Points)> criteria)
    {
        if (Status != CovenantStatus.Draft)
        {
            throw new InvalidOperationException(CovenantTexts.NotAllowed(CovenantAction.Edit, Status));
        }

        _commitments.Clear();
        _criteria.Clear();
        var order = 1;
        foreach (var c in commitments)
        {
            _commitments.Add(new CovenantCommitment(order++, c.Text, c.Indicator, c.Target, c.Unit));
        }

        order = 1;
        foreach (var (name, points) in criteria)
        {
            _criteria.Add(new CovenantCriterion(order++, name, points));
        }
    }

    public void OpenForSigning(DateTime now)
    {
        Move(CovenantAction.OpenForSigning);
        OpenedAt = now;
    }

    /// <summary>Back to the draft with a reason: the signatures already given no longer stand (the text may change).</summary>
    public void ReturnToDraft(string reason)
    {
        Move(CovenantAction.ReturnToDraft);
        LastReason = reason.Trim();
        OpenedAt = null;
        _signatures.Clear();
    }

    /// <summary>
    /// A member unit's signature; the covenant becomes <see cref="CovenantStatus.AllSigned"/> with the last member's.
    /// Returns the refusal, or null.
    /// </summary>
    public string? Sign(int unitId, string unitName, IReadOnlyCollection<int> members, int? userId, string signerName, SignatureMethod method, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (Refusal(CovenantAction.Sign) is { } refusal)
        {
            return refusal;
        }

        if (!members.Contains(unitId))
        {
            return $"{unitName} không phải thành viên của cụm, khối trong năm {Year}: chỉ đơn vị thành viên ký giao ước.";
        }

        if (_signatures.FirstOrDefault(s => s.UnitId == unitId) is { } earlier)
        {
            return $"{unitName} đã ký giao ước lúc {CovenantTexts.When(earlier.SignedAt)} ({earlier.SignerName}); mỗi đơn vị ký một lần.";
        }

        Move(CovenantAction.Sign);
        _signatures.Add(new CovenantSignature(unitId, userId, signerName, method, now));
        if (members.All(m => _signatures.Any(s => s.UnitId == m)))
        {
            Status = CovenantStatus.AllSigned;
            SignedAt = now;
        }

        return null;
    }

    /// <summary>Records (or corrects) the mid-year review: progress per commitment by its order.</summary>
    public void RecordReview(string? summary, IReadOnlyDictionary<int, (decimal? Value, decimal? Percent, string? Comment)> progress, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(progress);
        Move(CovenantAction.RecordReview);
        ReviewSummary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        foreach (var commitment in _commitments)
        {
            var p = progress.TryGetValue(commitment.Order, out var x) ? x : default;
            commitment.RecordProgress(p.Value, p.Percent, p.Comment);
        }

        ReviewedAt = now;
    }

    public void StartScoring(DateTime now)
    {
        Move(CovenantAction.StartScoring);
        ScoringStartedAt = now;
    }

    /// <summary>Back to the review with a reason (the scores given so far stay).</summary>
    public void ReopenReview(string reason)
    {
        Move(CovenantAction.ReopenReview);
        LastReason = reason.Trim();
        ScoringStartedAt = null;
    }

    /// <summary>
    /// One member's scores of another member, criterion by criterion (points × 100, within 0..max); replaces earlier
    /// scores of the same pair. Never one's own unit. Returns the refusals (field, message).
    /// </summary>
    public List<(string Field, string Message)> Score(int scorerUnitId, int scoredUnitId, IReadOnlyCollection<int> members,
        IReadOnlyDictionary<int, int> hundredthsByCriterion, Func<int, string> unitName)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(hundredthsByCriterion);
        ArgumentNullException.ThrowIfNull(unitName);
        var errors = new List<(string, string)>();
        if (Refusal(CovenantAction.Score) is { } refusal)
        {
            errors.Add(("Status", refusal));
            return errors;
        }

        if (!members.Contains(scorerUnitId))
        {
            errors.Add(("ScorerUnitId", $"{unitName(scorerUnitId)} không phải thành viên của cụm, khối năm {Year}: chỉ thành viên chấm điểm."));
        }

        if (!members.Contains(scoredUnitId))
        {
            errors.Add(("ScoredUnitId", $"{unitName(scoredUnitId)} không phải thành viên của cụm, khối năm {Year}."));
        }
        else if (scorerUnitId == scoredUnitId)
        {
            errors.Add(("ScoredUnitId", $"{unitName(scorerUnitId)} không tự chấm điểm đơn vị mình: mỗi thành viên chấm chéo các thành viên khác."));
        }

        foreach (var criterion in _criteria)
        {
            if (!hundredthsByCriterion.TryGetValue(criterion.Id, out var points))
            {
                errors.Add(($"Points[{criterion.Order}]", $"Tiêu chí {criterion.Order} “{criterion.Name}”: vui lòng nhập điểm (0 – {criterion.MaxPoints})."));
            }
            else if (points < 0 || points > criterion.MaxPoints * 100)
            {
                errors.Add(($"Points[{criterion.Order}]", $"Tiêu chí {criterion.Order} “{criterion.Name}”: điểm {CovenantTexts.Points(points)} ngoài khoảng 0 – {criterion.MaxPoints}."));
            }
        }

        foreach (var unknown in hundredthsByCriterion.Keys.Where(k => _criteria.All(c => c.Id != k)))
        {
            errors.Add(("Points", $"Tiêu chí mã {unknown} không thuộc giao ước này."));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        Move(CovenantAction.Score);
        _scores.RemoveAll(s => s.ScorerUnitId == scorerUnitId && s.ScoredUnitId == scoredUnitId);
        foreach (var criterion in _criteria)
        {
            _scores.Add(new CovenantScore(scorerUnitId, scoredUnitId, criterion.Id, hundredthsByCriterion[criterion.Id]));
        }

        return errors;
    }

    /// <summary>A member's vote (suy tôn) for up to <see cref="LeadingSeats"/> other members; a new vote replaces the earlier one.</summary>
    public List<(string Field, string Message)> Vote(int voterUnitId, IReadOnlyList<int> chosen, IReadOnlyCollection<int> members, Func<int, string> unitName)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(unitName);
        var errors = new List<(string, string)>();
        if (Refusal(CovenantAction.Vote) is { } refusal)
        {
            errors.Add(("Status", refusal));
            return errors;
        }

        if (!members.Contains(voterUnitId))
        {
            errors.Add(("VoterUnitId", $"{unitName(voterUnitId)} không phải thành viên của cụm, khối năm {Year}: chỉ thành viên bỏ phiếu suy tôn."));
        }

        if (chosen.Count == 0 || chosen.Count > LeadingSeats)
        {
            errors.Add(("ChosenUnitIds", $"Mỗi đơn vị bầu từ 1 đến {LeadingSeats} đơn vị dẫn đầu (đã chọn {chosen.Count})."));
        }

        if (chosen.Distinct().Count() != chosen.Count)
        {
            errors.Add(("ChosenUnitIds", "Mỗi đơn vị chỉ được chọn một lần trong phiếu."));
        }

        foreach (var unit in chosen)
        {
            if (unit == voterUnitId)
            {
                errors.Add(("ChosenUnitIds", $"{unitName(voterUnitId)} không bầu chính đơn vị mình; hãy chọn đơn vị thành viên khác."));
            }
            else if (!members.Contains(unit))
            {
                errors.Add(("ChosenUnitIds", $"{unitName(unit)} không phải thành viên của cụm, khối năm {Year}."));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        Move(CovenantAction.Vote);
        _votes.RemoveAll(v => v.VoterUnitId == voterUnitId);
        _votes.AddRange(chosen.Select(c => new CovenantVote(voterUnitId, c)));
        return errors;
    }

    /// <summary>
    /// Closes the year: every member has scored every other member and voted; ranks by average score received and
    /// records the leading unit(s). Returns the refusals (the covenant stays in scoring), or none.
    /// </summary>
    public List<string> Close(IReadOnlyCollection<int> members, Func<int, string> unitName, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(unitName);
        if (Refusal(CovenantAction.Close) is { } refusal)
        {
            return [refusal];
        }

        var outcome = CovenantRanking.Compute(this, members, unitName);
        if (outcome.Problems.Count > 0)
        {
            return [.. outcome.Problems];
        }

        Move(CovenantAction.Close);
        _results.Clear();
        _results.AddRange(outcome.Rows.Select(r => new CovenantResult(r.UnitId, r.Rank, r.AverageHundredths, r.Votes, r.IsLeading, r.Explanation)));
        ClosedAt = now;
        return [];
    }

    /// <summary>Back to scoring with a reason: the result no longer stands (the engine stops reading it).</summary>
    public void ReopenScoring(string reason)
    {
        Move(CovenantAction.ReopenScoring);
        LastReason = reason.Trim();
        ClosedAt = null;
        _results.Clear();
    }
}

/// <summary>One commitment (nội dung giao ước) with its measurable target where there is one, and its mid-year progress.</summary>
public sealed class CovenantCommitment
{
    private CovenantCommitment()
    {
    }

    public CovenantCommitment(int order, string text, string? indicator, decimal? targetValue, string? targetUnit)
    {
        Order = order;
        Text = text.Trim();
        Indicator = string.IsNullOrWhiteSpace(indicator) ? null : indicator.Trim();
        TargetValue = targetValue;
        TargetUnit = string.IsNullOrWhiteSpace(targetUnit) ? null : targetUnit.Trim();
    }

    public int Id { get; private set; }

    public int CovenantId { get; private set; }

    public int Order { get; private set; }

    public string Text { get; private set; } = string.Empty;

    /// <summary>What is measured ("Tỷ lệ thi hành xong về việc").</summary>
    public string? Indicator { get; private set; }

    public decimal? TargetValue { get; private set; }

    /// <summary>"%", "việc", "triệu đồng"…</summary>
    public string? TargetUnit { get; private set; }

    public decimal? ProgressValue { get; private set; }

    public decimal? ProgressPercent { get; private set; }

    public string? ProgressComment { get; private set; }

    public void RecordProgress(decimal? value, decimal? percent, string? comment)
    {
        ProgressValue = value;
        ProgressPercent = percent;
        ProgressComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }
}

/// <summary>A scoring criterion of the covenant and its maximum points.</summary>
public sealed class CovenantCriterion
{
    private CovenantCriterion()
    {
    }

    public CovenantCriterion(int order, string name, int maxPoints)
    {
        Order = order;
        Name = name.Trim();
        MaxPoints = maxPoints;
    }

    public int Id { get; private set; }

    public int CovenantId { get; private set; }

    public int Order { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public int MaxPoints { get; private set; }
}

/// <summary>A member unit's signature: who signed for it, how they confirmed, and when (UTC).</summary>
public sealed class CovenantSignature
{
    private CovenantSignature()
    {
    }

    public CovenantSignature(int unitId, int? userId, string signerName, SignatureMethod method, DateTime signedAt)
    {
        UnitId = unitId;
        UserId = userId;
        SignerName = signerName;
        Method = method;
        SignedAt = signedAt;
    }

    public int Id { get; private set; }

    public int CovenantId { get; private set; }

    public int UnitId { get; private set; }

    public Organisation.OrgUnit Unit { get; private set; } = null!;

    public int? UserId { get; private set; }

    public string SignerName { get; private set; } = string.Empty;

    public SignatureMethod Method { get; private set; }

    public DateTime SignedAt { get; private set; }
}

/// <summary>Points (× 100) that one member unit gives another on one criterion.</summary>
public sealed class CovenantScore
{
    private CovenantScore()
    {
    }

    public CovenantScore(int scorerUnitId, int scoredUnitId, int criterionId, int hundredths)
    {
        ScorerUnitId = scorerUnitId;
        ScoredUnitId = scoredUnitId;
        CriterionId = criterionId;
        Hundredths = hundredths;
    }

    public int Id { get; private set; }

    public int CovenantId { get; private set; }

    public int ScorerUnitId { get; private set; }

    public int ScoredUnitId { get; private set; }

    public int CriterionId { get; private set; }

    public int Hundredths { get; private set; }
}

/// <summary>One choice of a member's vote (suy tôn): the voter unit chose this unit as leading.</summary>
public sealed class CovenantVote
{
    private CovenantVote()
    {
    }

    public CovenantVote(int voterUnitId, int chosenUnitId)
    {
        VoterUnitId = voterUnitId;
        ChosenUnitId = chosenUnitId;
    }

    public int Id { get; private set; }

    public int CovenantId { get; private set; }

    public int VoterUnitId { get; private set; }

    public int ChosenUnitId { get; private set; }
}

/// <summary>A member's place in the closed year: rank, average score received, votes, leading or not — what the eligibility engine reads for CTDBO.</summary>
public sealed class CovenantResult
{
    private CovenantResult()
    {
    }

    public CovenantResult(int unitId, int rank, int averageHundredths, int votes, bool isLeading, string explanation)
    {
        UnitId = unitId;
        Rank = rank;
        AverageHundredths = averageHundredths;
        Votes = votes;
        IsLeading = isLeading;
        Explanation = explanation;
    }

    public int Id { get; private set; }

    public int CovenantId { get; private set; }

    public int UnitId { get; private set; }

    public Organisation.OrgUnit Unit { get; private set; } = null!;

    public int Rank { get; private set; }

    public int AverageHundredths { get; private set; }

    public int Votes { get; private set; }

    public bool IsLeading { get; private set; }

    public string Explanation { get; private set; } = string.Empty;
}
