using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using ThiDua.Core.Data;
using ThiDua.Core.Identity;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web;

/// <summary>The web host's services: Identity with cookies and API tokens, pages, API, localisation, health checks.</summary>
public static class WebModule
{
    public const string ApiPolicy = "Api";
    public const string SmartScheme = "CookieOrToken";
    private const string IssuedAt = "thidua.issued";

    public static IServiceCollection AddThiDuaWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var security = configuration.GetSection("Security");
        var idle = TimeSpan.FromMinutes(security.GetValue("IdleTimeoutMinutes", 30));
        // Secure-only cookies by default outside Development; a deployment without TLS anywhere (tests) turns it off.
        var secureCookies = security.GetValue("SecureCookies", !environment.IsDevelopment());
        var absolute = TimeSpan.FromHours(security.GetValue("AbsoluteTimeoutHours", 12));

        services.AddHttpContextAccessor();
        services.Configure<ThiDua.Core.Shared.EmulationOptions>(configuration.GetSection("Emulation"));
        services.Configure<ThiDua.Core.Targets.TargetOptions>(configuration.GetSection("Targets"));
        services.Configure<ThiDua.Core.Documents.Files.UploadOptions>(configuration.GetSection("Uploads"));
        services.Configure<ThiDua.Core.Awards.Proposals.SmtpOptions>(configuration.GetSection("Smtp"));
        // Vietnamese text goes to the page as characters, not as &#x...; entities (Razor escapes non-Latin by default).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton<Texts>();
        services.AddSingleton<ImportProgressBoard>();
        services.AddThiDuaIdentityCore().AddSignInManager<ThiDuaSignInManager>();
        // A disabled account or a reset password ends open sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or API token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies(cookies =>
            {
                cookies.ApplicationCookie?.Configure(o => ConfigureCookie(o, idle, absolute, secureCookies));
                cookies.TwoFactorUserIdCookie?.Configure(o =>
                {
                    o.Cookie.SameSite = SameSiteMode.Strict;
                    o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                });
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(SmartScheme).RequireAuthenticatedUser())
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(SmartScheme).RequireAuthenticatedUser().Build());

        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/LoginWith2fa");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToPage("/StatusCode");
            o.Conventions.AllowAnonymousToPage("/Culture");
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddProblemDetails();
        // A body that does not bind reaches the exception handler, which names the failing JSON field in Vietnamese.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<ThiDua.Core.Organisation.Import.ImportOptions>(configuration.GetSection("Import"));
        services.Configure<ThiDua.Core.Awards.Fairness.FairnessOptions>(configuration.GetSection("Awards:Fairness"));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "ThiDua API";
            document.Info.Description = "API của hệ thống quản lý thi đua, khen thưởng ThiDua. Xác thực bằng cookie đăng nhập hoặc 'Authorization: Bearer <mã truy cập API>'.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o, TimeSpan idle, TimeSpan absolute, bool secureCookies)
    {
        o.LoginPath = "/Account/Login";
        o.LogoutPath = "/Account/Logout";
        o.AccessDeniedPath = "/Account/AccessDenied";
        o.Cookie.Name = "thidua.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = idle;
        o.SlidingExpiration = true;
        o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
        o.Events.OnSigningIn = ctx =>
        {
            ctx.Properties.Items[IssuedAt] = ctx.Properties.IssuedUtc?.ToString("O", CultureInfo.InvariantCulture)
                ?? DateTimeOffset.FromUnixTimeSeconds(0).ToString("O", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        };
        o.Events.OnValidatePrincipal = async ctx =>
        {
            // Absolute timeout (ASVS 7.3.2): sliding renewal never extends a session past this.
            var clock = ctx.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
            if (ctx.Properties.Items.TryGetValue(IssuedAt, out var issuedText)
                && DateTimeOffset.TryParse(issuedText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var issued)
                && issued.Year > 1970
                && clock.GetUtcNow() - issued > absolute)
            {
                ctx.RejectPrincipal();
                await ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await SecurityStampValidator.ValidatePrincipalAsync(ctx);
        };
    }

    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    public static RequestLocalizationOptions Localization()
    {
        var vi = new CultureInfo("vi-VN");
        var en = new CultureInfo("en-GB");
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(vi),
            SupportedCultures = [vi, en],
            SupportedUICultures = [vi, en],
        };
        // Only the user's explicit choice (cookie) or ?culture= switches language; the browser's header does not,
        // since Vietnamese offices often run English-language browsers.
        options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        return options;
    }

    public static int? UserId(this ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id) ? id : null;
}
