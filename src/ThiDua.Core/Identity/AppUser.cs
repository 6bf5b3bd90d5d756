using Microsoft.AspNetCore.Identity;
using ThiDua.Core.Organisation;

namespace ThiDua.Core.Identity;

/// <summary>A sign-in account. Every account belongs to a person where one is known; roles are granted on unit subtrees.</summary>
public sealed class AppUser : IdentityUser<int>
{
    public string DisplayName { get; set; } = string.Empty;

    public int? PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>Demo accounts exist only in demo mode and are exempt from the two-factor requirement.</summary>
    public bool IsDemo { get; set; }

    public bool IsDisabled { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<RoleGrant> Grants { get; } = [];
}
