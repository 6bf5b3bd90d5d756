namespace ThiDua.Core.Audit;

/// <summary>
/// One append-only entry of the audit trail. <see cref="Hash"/> is SHA-256 over the canonical form of this
/// event and the previous event's hash, so editing or deleting any row breaks the chain from there on (ADR 0004).
/// </summary>
public sealed class AuditEvent
{
    private AuditEvent()
    {
    }

    internal AuditEvent(long sequence, DateTime occurredAt, int? actorUserId, string actorName, string action,
        string entityType, string entityId, string? scopePath, string summary, string previousHash)
    {
        Sequence = sequence;
        OccurredAt = occurredAt;
        ActorUserId = actorUserId;
        ActorName = actorName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        ScopePath = scopePath;
        Summary = summary;
        PreviousHash = previousHash;
        Hash = AuditChain.ComputeHash(this);
    }

    public long Id { get; private set; }

    /// <summary>Position in the chain, 1-based, without gaps.</summary>
    public long Sequence { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public int? ActorUserId { get; private set; }

    public string ActorName { get; private set; } = string.Empty;

    /// <summary>What happened, e.g. "OrgUnit.created", "auth.login_failed".</summary>
    public string Action { get; private set; } = string.Empty;

    public string EntityType { get; private set; } = string.Empty;

    public string EntityId { get; private set; } = string.Empty;

    /// <summary>Materialised path of the unit the entity belongs to, for scope-limited views; null for global events.</summary>
    public string? ScopePath { get; private set; }

    public string Summary { get; private set; } = string.Empty;

    public string PreviousHash { get; private set; } = string.Empty;

    public string Hash { get; private set; } = string.Empty;
}
