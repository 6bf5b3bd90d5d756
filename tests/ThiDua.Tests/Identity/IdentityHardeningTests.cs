using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ThiDua.Core.Identity;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Tests.Identity;

public sealed class IdentityHardeningTests
{
    [Fact]
    public void PasswordHash_IsPbkdf2Sha512_With210000Iterations()
    {
        var options = new PasswordHasherOptions();
        IdentityModule.ConfigureHasher(options);
        var hasher = new PasswordHasher<AppUser>(Options.Create(options));
        var bytes = Convert.FromBase64String(hasher.HashPassword(new AppUser(), "một cụm từ dài đủ mười hai"));
        Assert.Equal(0x01, bytes[0]); // Identity v3 format
        Assert.Equal((uint)KeyDerivationPrfNumber.HmacSha512, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)));
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)) >= 210_000);
    }

    private enum KeyDerivationPrfNumber : uint
    {
        HmacSha512 = 2,
    }

    [Fact]
    public void PasswordRules_AreLengthOnly()
    {
        var options = new IdentityOptions();
        IdentityModule.Configure(options);
        Assert.Equal(12, options.Password.RequiredLength);
        Assert.False(options.Password.RequireDigit || options.Password.RequireUppercase || options.Password.RequireLowercase || options.Password.RequireNonAlphanumeric);
        Assert.Equal(5, options.Lockout.MaxFailedAccessAttempts);
    }

    [Theory]
    [InlineData("password1234", true)]
    [InlineData("PASSWORD1234", true)]
    [InlineData("qwertyuiop123", true)]
    [InlineData("matkhau123456", true)]
    [InlineData("ngựa ô phi qua cầu tre", false)]
    [InlineData("ThiDua-Demo-2026", false)]
    public void CommonPasswordList_RefusesCommonOnes(string password, bool common) =>
        Assert.Equal(common, CommonPasswordValidator.IsCommon(password));

    [Fact]
    public void CommonPasswordList_IsShippedWithTheApp() => Assert.True(CommonPasswordValidator.Count > 40_000);

    [Theory]
    [InlineData(Role.Administrator, true)]
    [InlineData(Role.EmulationOfficer, true)]
    [InlineData(Role.UnitLeader, false)]
    [InlineData(Role.StaffMember, false)]
    public void TwoFactor_RequiredForAdministratorsAndOfficers(Role role, bool required) =>
        Assert.Equal(required, RoleNames.RequiresTwoFactor(role));
}

public sealed class ScopeTests
{
    private sealed record User(IReadOnlyList<Grant> Grants) : ICurrentUser
    {
        public int? UserId => 1;

        public string ActorName => "test";

        public bool IsSystem => false;
    }

    [Fact]
    public void ScopePaths_DropNestedPaths_AndKeepOnlyRolesWithThePermission()
    {
        var user = new User([
            new Grant(Role.EmulationOfficer, 3, "/1/2/3/"),
            new Grant(Role.EmulationOfficer, 4, "/1/2/3/4/"),
            new Grant(Role.Public, 1, "/1/"),
            new Grant(Role.StaffMember, 9, "/1/2/9/"),
        ]);
        Assert.Equal(["/1/2/3/", "/1/2/9/"], user.ScopePaths(ThiDua.Core.Organisation.OrganisationPermissions.View).OrderBy(p => p).ToArray());
        Assert.Equal(["/1/2/3/"], user.ScopePaths(ThiDua.Core.Organisation.OrganisationPermissions.Manage).ToArray());
    }

    [Fact]
    public void CanAccess_IsAPrefixTestOnWholeSegments()
    {
        var user = new User([new Grant(Role.EmulationOfficer, 1, "/1/")]);
        Assert.True(user.CanAccess(ThiDua.Core.Organisation.OrganisationPermissions.View, "/1/20/"));
        Assert.False(user.CanAccess(ThiDua.Core.Organisation.OrganisationPermissions.View, "/10/"));
    }

    [Fact]
    public void EveryPermission_HasAtLeastOneRole_AndAUniqueName()
    {
        Assert.All(PermissionCatalog.All, p => Assert.NotEmpty(p.Roles));
        Assert.Equal(PermissionCatalog.All.Count, PermissionCatalog.All.Select(p => p.Name).Distinct().Count());
    }

    [Fact]
    public void PublicRole_SeesNoOrganisationData() =>
        Assert.DoesNotContain(PermissionCatalog.All, p => PermissionCatalog.RoleHas(Role.Public, p));
}
