using System.Text.Json.Serialization;
using ThiDua.Core.Documents;

namespace ThiDua.Core.Awards.Decisions;

/// <summary>The life of an award decision (quyết định khen thưởng): drafted, issued (numbered, immutable), revoked as a whole.</summary>
public enum DecisionStatus
{
    [JsonStringEnumMemberName("DRAFT")] Draft,
    [JsonStringEnumMemberName("ISSUED")] Issued,
    [JsonStringEnumMemberName("REVOKED")] Revoked,
}

/// <summary>What is done to a decision; <see cref="AwardDecision.Transitions"/> says from which state.</summary>
public enum DecisionAction
{
    Edit,
    Issue,
    RevokeLine,
    RevokeAll,
}

/// <summary>The legal grounds of a revocation (Law on Emulation and Commendation 2022, chapter VII; rules.md §6).</summary>
public enum RevocationGround
{
    /// <summary>Khai man thành tích: the achievement was falsely declared.</summary>
    [JsonStringEnumMemberName("KHAI_MAN")] FalseDeclaration,

    /// <summary>Làm giả hồ sơ, giấy tờ: the dossier was forged.</summary>
    [JsonStringEnumMemberName("GIA_MAO")] ForgedDossier,

    /// <summary>Thẩm định, xét duyệt, đề nghị, quyết định khen thưởng trái pháp luật: unlawful appraisal.</summary>
    [JsonStringEnumMemberName("TRAI_PHAP_LUAT")] UnlawfulAppraisal,
}

/// <summary>
/// An award decision of an issuing unit: a title or form (<see cref="Code"/>) given to people and collectives (its
/// <see cref="Lines"/>), with the money of each, in the form of Decree 30/2020. A draft is edited freely by the unit's
/// officers; a leader issues it, which gives it the next unused number of the unit and year ("05/QĐ-THADS"), freezes it
/// and writes one award record per line in the same transaction (ADR 0022). An issued decision's awardees can be
/// revoked one by one, or the whole decision at once; nothing is ever deleted, and a number is never reused.
/// </summary>
public sealed class AwardDecision
{
    /// <summary>The allowed transitions: (state, action) → next state. Anything else is refused with a message.</summary>
    public static readonly IReadOnlyDictionary<(DecisionStatus From, DecisionAction Action), DecisionStatus> Transitions =
        new Dictionary<(DecisionStatus, DecisionAction), DecisionStatus>
        {
            [(DecisionStatus.Draft, DecisionAction.Edit)] = DecisionStatus.Draft,
            [(DecisionStatus.Draft, DecisionAction.Issue)] = DecisionStatus.Issued,
            [(DecisionStatus.Issued, DecisionAction.RevokeLine)] = DecisionStatus.Issued,
            [(DecisionStatus.Issued, DecisionAction.RevokeAll)] = DecisionStatus.Revoked,
        };

    private readonly List<DecisionLine> _lines = [];

    private AwardDecision()
    {
    }

    public AwardDecision(int issuingUnitId, DecisionContent content)
    {
        IssuingUnitId = issuingUnitId;
        Status = DecisionStatus.Draft;
        Apply(content);
    }

    public int Id { get; private set; }

    public int IssuingUnitId { get; private set; }

    public Organisation.OrgUnit IssuingUnit { get; private set; } = null!;

    public DecisionStatus Status { get; private set; }

    /// <summary>The number in the unit's register of the year, given at issue; null for a draft.</summary>
    public int? Number { get; private set; }

    /// <summary>The calendar year of the number (documents are numbered from 01 each year), set at issue.</summary>
    public int? NumberYear { get; private set; }

    /// <summary>"QĐ-THADS": the type and issuer symbols after the number.</summary>
    public string Symbol { get; private set; } = "QĐ";

    public DateOnly Date { get; private set; }

    /// <summary>The title or form awarded (every line carries it).</summary>
    public AwardCode Code { get; private set; }

    public AwardKind Kind { get; private set; }

    /// <summary>The emulation year(s) of the achievement: the award records' period.</summary>
    public int PeriodFrom { get; private set; }

    public int PeriodTo { get; private set; }

    /// <summary>"đã có thành tích xuất sắc trong …": the reason written in Điều 1.</summary>
    public string Achievement { get; private set; } = string.Empty;

    /// <summary>The issuing authority, e.g. "Trưởng Thi hành án dân sự tỉnh Lạng Sơn" (the issuer of the award records).</summary>
    public string IssuerTitle { get; private set; } = string.Empty;

    /// <summary>The legal bases, one per line, without their end punctuation.</summary>
    public string LegalBases { get; private set; } = string.Empty;

    /// <summary>"Theo đề nghị của …".</summary>
    public string ProposedBy { get; private set; } = string.Empty;

    public AuthorityForm SignerForm { get; private set; }

    public string SignerPosition { get; private set; } = string.Empty;

    public string SignerName { get; private set; } = string.Empty;

    /// <summary>For KT./TM.: the head's position or the collective ("TRƯỞNG", "HỘI ĐỒNG …").</summary>
    public string? SignerPrincipal { get; private set; }

    /// <summary>Recipients (nơi nhận), one per line.</summary>
    public string Recipients { get; private set; } = string.Empty;

    /// <summary>The fund the money is paid from ("Quỹ thi đua, khen thưởng năm 2026 của …").</summary>
    public string Fund { get; private set; } = string.Empty;

    /// <summary>Who carries the decision out (Điều 3).</summary>
    public string Executors { get; private set; } = string.Empty;

    public DateTime? IssuedAt { get; private set; }

    public string? IssuedBy { get; private set; }

    public DateOnly? RevokedOn { get; private set; }

    public string? RevocationReason { get; private set; }

    public RevocationGround? RevocationGround { get; private set; }

    public string? RevocationRef { get; private set; }

    public IReadOnlyList<DecisionLine> Lines => _lines;

    /// <summary>The number, award, achievement and awardees folded without diacritics, for the list's search (<see cref="Shared.SearchText"/>).</summary>
    public string SearchText { get; private set; } = string.Empty;

    /// <summary>"05/QĐ-THADS" once issued, otherwise null.</summary>
    public string? Notation => Number is int n ? DecisionTexts.Notation(n, Symbol) : null;

    public long Total => _lines.Sum(l => l.Amount);

    /// <summary>The message when <paramref name="action"/> is not allowed in the current state, or null.</summary>
    public string? Refusal(DecisionAction action) =>
        Transitions.ContainsKey((Status, action)) ? null : DecisionTexts.NotAllowed(action, Status);

    private void Move(DecisionAction action)
    {
        if (!Transitions.TryGetValue((Status, action), out var next))
        {
            throw new InvalidOperationException(DecisionTexts.NotAllowed(action, Status));
        }

        Status = next;
    }

    /// <summary>Changes a draft's text and replaces its lines (checked by <see cref="DecisionRules"/>).</summary>
    public void Change(DecisionContent content)
    {
        Move(DecisionAction.Edit);
        Apply(content);
    }

    private void Apply(DecisionContent content)
    {
        Symbol = content.Symbol;
        Date = content.Date;
        Code = content.Code;
        Kind = content.Kind;
        PeriodFrom = content.PeriodFrom;
        PeriodTo = content.PeriodTo;
        Achievement = content.Achievement;
        IssuerTitle = content.IssuerTitle;
        LegalBases = string.Join('\n', content.LegalBases);
        ProposedBy = content.ProposedBy;
        SignerForm = content.SignerForm;
        SignerPosition = content.SignerPosition;
        SignerName = content.SignerName;
        SignerPrincipal = content.SignerPrincipal;
        Recipients = string.Join('\n', content.Recipients);
        Fund = content.Fund;
        Executors = content.Executors;
        _lines.Clear();
        var order = 1;
        foreach (var line in content.Lines)
        {
            _lines.Add(new DecisionLine(order++, line.PersonId, line.UnitId, line.Name, line.PositionAndUnit, line.ProposalId, line.Coefficient, line.Amount));
        }

        Fold();
    }

    private void Fold()
    {
        var text = string.Join(' ', new[] { Notation ?? string.Empty, CodeOf<AwardCode>.Code(Code), CodeNames.Of(Code), Achievement }.Concat(_lines.Select(l => l.Name)));
        var folded = Shared.SearchText.Fold(text);
        SearchText = folded.Length > 4000 ? folded[..4000] : folded;
    }

    /// <summary>Re-prices every line (the money of the base salary in force on the decision date, at issue).</summary>
    public void Price(Func<DecisionLine, (decimal Coefficient, long Amount)> price)
    {
        ArgumentNullException.ThrowIfNull(price);
        foreach (var line in _lines)
        {
            var (coefficient, amount) = price(line);
            line.SetMoney(coefficient, amount);
        }
    }

    /// <summary>Numbers and freezes the decision; the caller writes the award records in the same save.</summary>
    public void Issue(int number, DateTime now, string by)
    {
        Move(DecisionAction.Issue);
        Number = number;
        NumberYear = Date.Year;
        IssuedAt = now;
        IssuedBy = by;
        Fold();
    }

    /// <summary>Revokes one awardee (the decision stays issued).</summary>
    public void RevokeLine(DecisionLine line, DateOnly on, string reason, RevocationGround ground, string? reference)
    {
        ArgumentNullException.ThrowIfNull(line);
        Move(DecisionAction.RevokeLine);
        line.Revoke(on, reason, ground, reference);
    }

    /// <summary>Revokes the whole decision: every awardee not revoked yet.</summary>
    public void RevokeAll(DateOnly on, string reason, RevocationGround ground, string? reference)
    {
        Move(DecisionAction.RevokeAll);
        RevokedOn = on;
        RevocationReason = reason.Trim();
        RevocationGround = ground;
        RevocationRef = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        foreach (var line in _lines.Where(l => l.RevokedOn is null))
        {
            line.Revoke(on, reason, ground, reference);
        }
    }
}

/// <summary>One awardee of a decision: a person or a collective, named as on the day (kept as written), with its money.</summary>
public sealed class DecisionLine
{
    private DecisionLine()
    {
    }

    internal DecisionLine(int order, int? personId, int? unitId, string name, string positionAndUnit, int? proposalId, decimal coefficient, long amount)
    {
        if ((personId is null) == (unitId is null))
        {
            throw new ArgumentException("An awardee is a person or a collective, not both.");
        }

        Order = order;
        PersonId = personId;
        UnitId = unitId;
        Name = name.Trim().Normalize(System.Text.NormalizationForm.FormC);
        PositionAndUnit = positionAndUnit.Trim().Normalize(System.Text.NormalizationForm.FormC);
        ProposalId = proposalId;
        Coefficient = coefficient;
        Amount = amount;
    }

    public int Id { get; private set; }

    public int DecisionId { get; private set; }

    public int Order { get; private set; }

    public int? PersonId { get; private set; }

    /// <summary>The collective awarded; null for a person.</summary>
    public int? UnitId { get; private set; }

    public bool IsCollective => UnitId is not null;

    public string Name { get; private set; } = string.Empty;

    public string PositionAndUnit { get; private set; } = string.Empty;

    /// <summary>The proposal the line came from (proposals are another module; no foreign key yet).</summary>
    public int? ProposalId { get; private set; }

    public decimal Coefficient { get; private set; }

    /// <summary>The award money in đồng.</summary>
    public long Amount { get; private set; }

    public DateOnly? RevokedOn { get; private set; }

    public string? RevocationReason { get; private set; }

    public RevocationGround? RevocationGround { get; private set; }

    public string? RevocationRef { get; private set; }

    internal void SetMoney(decimal coefficient, long amount)
    {
        Coefficient = coefficient;
        Amount = amount;
    }

    internal void Revoke(DateOnly on, string reason, RevocationGround ground, string? reference)
    {
        if (RevokedOn is not null)
        {
            throw new InvalidOperationException(DecisionTexts.AlreadyRevoked(this));
        }

        RevokedOn = on;
        RevocationReason = reason.Trim();
        RevocationGround = ground;
        RevocationRef = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
    }
}

/// <summary>The checked content of a draft, as <see cref="DecisionRules"/> builds it.</summary>
public sealed record DecisionContent(
    string Symbol, DateOnly Date, AwardCode Code, AwardKind Kind, int PeriodFrom, int PeriodTo, string Achievement, string IssuerTitle,
    IReadOnlyList<string> LegalBases, string ProposedBy, AuthorityForm SignerForm, string SignerPosition, string SignerName, string? SignerPrincipal,
    IReadOnlyList<string> Recipients, string Fund, string Executors, IReadOnlyList<DecisionLineContent> Lines);

/// <summary>A checked awardee line.</summary>
public sealed record DecisionLineContent(int? PersonId, int? UnitId, string Name, string PositionAndUnit, int? ProposalId, decimal Coefficient, long Amount);
