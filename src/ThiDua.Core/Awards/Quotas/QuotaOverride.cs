namespace ThiDua.Core.Awards.Quotas;

/// <summary>
/// An officer's decision to put a candidate inside (or leave them outside) a unit's quota for a title and year,
/// against the default order, with the mandatory reason (audited as an entity change). The subject is a person for
/// an individual title (CSTĐCS) and a unit for a collective one (TTLĐXS).
/// </summary>
public sealed class QuotaOverride
{
    private QuotaOverride()
    {
    }

    public QuotaOverride(int unitId, int year, AwardCode target, int subjectId, bool include, string reason, string decidedBy, DateTime decidedAt)
    {
        UnitId = unitId;
        Year = year;
        Target = target;
        SubjectId = subjectId;
        Change(include, reason, decidedBy, decidedAt);
    }

    public int Id { get; private set; }

    /// <summary>The unit whose quota this is (the list's unit; its subtree shares the quota).</summary>
    public int UnitId { get; private set; }

    public int Year { get; private set; }

    public AwardCode Target { get; private set; }

    /// <summary>Person id (individual title) or unit id (collective title).</summary>
    public int SubjectId { get; private set; }

    /// <summary>True: inside the quota whatever the order; false: outside it.</summary>
    public bool Include { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public string DecidedBy { get; private set; } = string.Empty;

    public DateTime DecidedAt { get; private set; }

    public void Change(bool include, string reason, string decidedBy, DateTime decidedAt)
    {
        Include = include;
        Reason = reason.Trim();
        DecidedBy = decidedBy;
        DecidedAt = decidedAt;
    }
}
