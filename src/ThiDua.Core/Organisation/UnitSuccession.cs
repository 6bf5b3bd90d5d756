namespace ThiDua.Core.Organisation;

public enum SuccessionKind
{
    /// <summary>Several units merged into one (hợp nhất, sáp nhập).</summary>
    MERGE,

    /// <summary>One unit split into several (chia tách).</summary>
    SPLIT,
}

/// <summary>
/// A reorganisation link: <see cref="PredecessorId"/> ended on the day before <see cref="On"/> and
/// <see cref="SuccessorId"/> carries on its work. The predecessor moves under its (first) successor so that
/// whoever may see the successor may see the predecessor's history; <see cref="FormerParentId"/> keeps where it
/// stood in the tree before (ADR 0009).
/// </summary>
public sealed class UnitSuccession
{
    private UnitSuccession()
    {
    }

    public UnitSuccession(int predecessorId, int successorId, DateOnly on, SuccessionKind kind, int? formerParentId, string? decisionRef)
    {
        PredecessorId = predecessorId;
        SuccessorId = successorId;
        On = on;
        Kind = kind;
        FormerParentId = formerParentId;
        DecisionRef = string.IsNullOrWhiteSpace(decisionRef) ? null : decisionRef.Trim();
    }

    public int Id { get; private set; }

    public int PredecessorId { get; private set; }

    public OrgUnit Predecessor { get; private set; } = null!;

    public int SuccessorId { get; private set; }

    public OrgUnit Successor { get; private set; } = null!;

    /// <summary>The first day of the successor's responsibility.</summary>
    public DateOnly On { get; private set; }

    public SuccessionKind Kind { get; private set; }

    public int? FormerParentId { get; private set; }

    public string? DecisionRef { get; private set; }
}
