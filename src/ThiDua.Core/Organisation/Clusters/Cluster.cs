namespace ThiDua.Core.Organisation.Clusters;

public enum ClusterKind
{
    /// <summary>Cụm thi đua: units grouped by region.</summary>
    CLUSTER,

    /// <summary>Khối thi đua: units grouped by kind.</summary>
    BLOCK,
}

public enum ClusterRole
{
    MEMBER,
    HEAD,
    DEPUTY,
}

/// <summary>
/// An emulation cluster or block (cụm, khối thi đua), organised by <see cref="OwnerUnitId"/> (e.g. the central
/// authority). Membership, head and deputies are kept per emulation year, so each year's composition stays as it was.
/// </summary>
public sealed class Cluster
{
    private Cluster()
    {
    }

    public Cluster(string code, string name, ClusterKind kind, int ownerUnitId)
    {
        Code = code.Trim().ToUpperInvariant();
        Kind = kind;
        OwnerUnitId = ownerUnitId;
        Rename(name);
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public ClusterKind Kind { get; private set; }

    public int OwnerUnitId { get; private set; }

    public OrgUnit OwnerUnit { get; private set; } = null!;

    public void Rename(string name) => Name = name.Trim().Normalize(System.Text.NormalizationForm.FormC);
}

/// <summary>A unit's place in a cluster for one year: its role and its place in the agreed rotation order.</summary>
public sealed class ClusterMember
{
    private ClusterMember()
    {
    }

    public ClusterMember(int clusterId, int year, int unitId, ClusterRole role, int rotationOrder)
    {
        ClusterId = clusterId;
        Year = year;
        UnitId = unitId;
        Role = role;
        RotationOrder = rotationOrder;
    }

    public int Id { get; private set; }

    public int ClusterId { get; private set; }

    public int Year { get; private set; }

    public int UnitId { get; private set; }

    public OrgUnit Unit { get; private set; } = null!;

    public ClusterRole Role { get; private set; }

    /// <summary>1-based place in the agreed order in which members take turns as head.</summary>
    public int RotationOrder { get; private set; }

    public void Assign(ClusterRole role, int rotationOrder)
    {
        Role = role;
        RotationOrder = rotationOrder;
    }
}
