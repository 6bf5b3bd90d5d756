using System.Text.Json.Serialization;

namespace ThiDua.Core.Movements;

/// <summary>Kind of movement (glossary): regular (yearly), periodic (short-term), thematic.</summary>
public enum MovementKind
{
    [JsonStringEnumMemberName("REGULAR")] Regular,
    [JsonStringEnumMemberName("PERIODIC")] Periodic,
    [JsonStringEnumMemberName("THEMATIC")] Thematic,
}

/// <summary>Whom a movement addresses: the whole country, the ministry or sector, a cluster or block, one unit.</summary>
public enum MovementScope
{
    [JsonStringEnumMemberName("NATIONAL")] National,
    [JsonStringEnumMemberName("SECTOR")] Sector,
    [JsonStringEnumMemberName("CLUSTER")] Cluster,
    [JsonStringEnumMemberName("UNIT")] Unit,
}

/// <summary>
/// A movement's duration as the emulation statistics count movements by period: short-term (under one year) or
/// long-term (a year or more). Derived from the period, never typed. [unchecked: the statistics' exact classes]
/// </summary>
public enum MovementDuration
{
    [JsonStringEnumMemberName("SHORT")] ShortTerm,
    [JsonStringEnumMemberName("LONG")] LongTerm,
}

/// <summary>
/// An emulation movement (phong trào thi đua) launched by a unit (<see cref="OwnerUnitId"/>), possibly in response to
/// its superior's (<see cref="ParentId"/>, the cascade). Its criteria carry points that add up to <see cref="MaxPoints"/>.
/// </summary>
public sealed class Movement
{
    private readonly List<MovementCriterion> _criteria = [];

    private readonly List<Movement> _responses = [];

    private Movement()
    {
    }

    public Movement(int ownerUnitId, int? parentId, string name, MovementKind kind, MovementScope scope, int? clusterId,
        DateOnly periodFrom, DateOnly periodTo, string? goals, DateOnly launchedOn, string? launchReference, int maxPoints)
    {
        OwnerUnitId = ownerUnitId;
        ParentId = parentId;
        Change(name, kind, scope, clusterId, periodFrom, periodTo, goals, launchedOn, launchReference, maxPoints);
    }

    public int Id { get; private set; }

    public int OwnerUnitId { get; private set; }

    public Organisation.OrgUnit OwnerUnit { get; private set; } = null!;

    public int? ParentId { get; private set; }

    /// <summary>The superior's movement this one responds to.</summary>
    public Movement? Parent { get; private set; }

    /// <summary>The subordinates' movements launched in response to this one.</summary>
    public IReadOnlyCollection<Movement> Responses => _responses;

    public string Name { get; private set; } = string.Empty;

    public MovementKind Kind { get; private set; }

    public MovementScope Scope { get; private set; }

    /// <summary>The cluster or block addressed, for <see cref="MovementScope.Cluster"/>.</summary>
    public int? ClusterId { get; private set; }

    public DateOnly PeriodFrom { get; private set; }

    public DateOnly PeriodTo { get; private set; }

    public string? Goals { get; private set; }

    public DateOnly LaunchedOn { get; private set; }

    /// <summary>Number of the launching document (kế hoạch, quyết định), when issued.</summary>
    public string? LaunchReference { get; private set; }

    /// <summary>The total the criteria's points must add up to (100 in most plans).</summary>
    public int MaxPoints { get; private set; }

    public IReadOnlyList<MovementCriterion> Criteria => _criteria;

    public MovementDuration Duration => DurationOf(PeriodFrom, PeriodTo);

    public static MovementDuration DurationOf(DateOnly from, DateOnly to) => to < from.AddYears(1).AddDays(-1) ? MovementDuration.ShortTerm : MovementDuration.LongTerm;

    public void Change(string name, MovementKind kind, MovementScope scope, int? clusterId, DateOnly periodFrom, DateOnly periodTo,
        string? goals, DateOnly launchedOn, string? launchReference, int maxPoints)
    {
        Name = name.Trim();
        Kind = kind;
        Scope = scope;
        ClusterId = scope == MovementScope.Cluster ? clusterId : null;
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        Goals = string.IsNullOrWhiteSpace(goals) ? null : goals.Trim();
        LaunchedOn = launchedOn;
        LaunchReference = string.IsNullOrWhiteSpace(launchReference) ? null : launchReference.Trim();
        MaxPoints = maxPoints;
    }

    /// <summary>Replaces the criteria (already validated): the order is the list's.</summary>
    public void SetCriteria(IEnumerable<(string Name, int Points)> criteria)
    {
        _criteria.Clear();
        var order = 1;
        foreach (var (name, points) in criteria)
        {
            _criteria.Add(new MovementCriterion(order++, name, points));
        }
    }
}

/// <summary>One criterion of a movement (nội dung, tiêu chí thi đua) and its points.</summary>
public sealed class MovementCriterion
{
    private MovementCriterion()
    {
    }

    public MovementCriterion(int order, string name, int points)
    {
        Order = order;
        Name = name.Trim();
        Points = points;
    }

    public int Id { get; private set; }

    public int MovementId { get; private set; }

    public int Order { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public int Points { get; private set; }
}
