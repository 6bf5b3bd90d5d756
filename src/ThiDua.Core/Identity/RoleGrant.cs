using ThiDua.Core.Organisation;

namespace ThiDua.Core.Identity;

/// <summary>A role held by an account on a unit and everything below it.</summary>
public sealed class RoleGrant
{
    private RoleGrant()
    {
    }

    public RoleGrant(int userId, Role role, OrgUnit unit, DateTime grantedAt)
    {
        UserId = userId;
        Role = role;
        Unit = unit;
        UnitId = unit.Id;
        GrantedAt = grantedAt;
    }

    public int Id { get; private set; }

    public int UserId { get; private set; }

    public Role Role { get; private set; }

    public int UnitId { get; private set; }

    public OrgUnit Unit { get; private set; } = null!;

    public DateTime GrantedAt { get; private set; }
}
