using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Data;

namespace ThiDua.Core.Identity;

/// <summary>
/// Identity hardened to OWASP ASVS 5 level 2 (ADR 0005): PBKDF2-HMAC-SHA512 with 210,000 iterations, passwords
/// of 12+ characters with no composition rules but a common-password list, lockout after 5 failures.
/// </summary>
public static class IdentityModule
{
    public const int PasswordIterations = 210_000;
    public const int MinimumPasswordLength = 12;
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>Options shared by the web host (which adds cookies and sign-in) and the CLI.</summary>
    public static void Configure(IdentityOptions o)
    {
        o.Password.RequiredLength = MinimumPasswordLength;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 1;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
        o.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        o.User.RequireUniqueEmail = false;
        o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
        o.SignIn.RequireConfirmedAccount = false;
    }

    public static void ConfigureHasher(PasswordHasherOptions o)
    {
        o.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
        o.IterationCount = PasswordIterations;
    }

    /// <summary>
    /// The one place Identity is set up: user manager, hasher, validators and token providers. The CLI uses it as
    /// it is; the web host adds its sign-in manager and cookies to the builder it returns.
    /// </summary>
    public static IdentityBuilder AddThiDuaIdentityCore(this IServiceCollection services)
    {
        services.Configure<PasswordHasherOptions>(ConfigureHasher);
        return services.AddIdentityCore<AppUser>(Configure)
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();
    }
}
