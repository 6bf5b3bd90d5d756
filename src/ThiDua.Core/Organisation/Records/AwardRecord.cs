namespace ThiDua.Core.Organisation.Records;

/// <summary>Where an award record came from.</summary>
public enum AwardSource
{
    /// <summary>Received before ThiDua, entered or imported (khen thưởng đã có).</summary>
    HISTORIC,

    /// <summary>Written by a decision issued in ThiDua.</summary>
    DECISION,
}

/// <summary>
/// A title or form received by a person or a collective: the award history that every later check reads. Historic
/// imports and, later, issued decisions write into this one table (ADR 0009). A revoked award is kept, marked,
/// and stops counting.
/// </summary>
public sealed class AwardRecord
{
    private AwardRecord()
    {
    }

    public AwardRecord(int? personId, int? unitId, AwardCode code, AwardKind kind, int? periodFrom, int? periodTo, string decisionNumber, DateOnly decisionDate, string issuer, AwardSource source)
    {
        if ((personId is null) == (unitId is null))
        {
            throw new ArgumentException("An award goes to a person or to a collective, not both.");
        }

        PersonId = personId;
        UnitId = unitId;
        Code = code;
        Kind = kind;
        DecisionNumber = decisionNumber.Trim();
        Source = source;
        Change(periodFrom, periodTo, decisionDate, issuer);
    }

    public int Id { get; private set; }

    public int? PersonId { get; private set; }

    /// <summary>The collective awarded (for a person's award, null).</summary>
    public int? UnitId { get; private set; }

    public AwardCode Code { get; private set; }

    public AwardKind Kind { get; private set; }

    /// <summary>First and last emulation year the award covers (a title: the same year; a form: e.g. 2021–2025).</summary>
    public int? PeriodFrom { get; private set; }

    public int? PeriodTo { get; private set; }

    public string DecisionNumber { get; private set; } = string.Empty;

    public DateOnly DecisionDate { get; private set; }

    public string Issuer { get; private set; } = string.Empty;

    public AwardSource Source { get; private set; }

    public DateOnly? RevokedOn { get; private set; }

    public string? RevocationReason { get; private set; }

    /// <summary>The legal ground of a revocation (Law chapter VII), as its code (e.g. "KHAI_MAN"); null for a historic revocation.</summary>
    public string? RevocationGround { get; private set; }

    /// <summary>The revoking decision's reference ("Quyết định số 12/QĐ-THADS ngày …"), when known.</summary>
    public string? RevocationRef { get; private set; }

    /// <summary>The awardee line of the ThiDua decision that wrote this record (<see cref="AwardSource.DECISION"/>); no foreign key, the line is in Awards.</summary>
    public int? DecisionLineId { get; private set; }

    public bool Counts => RevokedOn is null;

    public void Change(int? periodFrom, int? periodTo, DateOnly decisionDate, string issuer)
    {
        PeriodFrom = periodFrom;
        PeriodTo = periodTo ?? periodFrom;
        DecisionDate = decisionDate;
        Issuer = issuer.Trim().Normalize(System.Text.NormalizationForm.FormC);
    }

    public void Revoke(DateOnly on, string reason, string? ground = null, string? reference = null)
    {
        RevokedOn = on;
        RevocationReason = reason.Trim();
        RevocationGround = ground;
        RevocationRef = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
    }

    /// <summary>Links the record to the decision line that issued it (written only by the issue of a decision).</summary>
    public void LinkToDecisionLine(int lineId) => DecisionLineId = lineId;
}
