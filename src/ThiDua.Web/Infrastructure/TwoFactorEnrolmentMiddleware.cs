namespace ThiDua.Web.Infrastructure;

/// <summary>
/// Administrators and emulation officers must use two-factor sign-in (architecture.md, ASVS 6.3.3): until they
/// enrol an authenticator, every page sends them to the enrolment page and the API answers 403.
/// Demo accounts in demo mode are exempt.
/// </summary>
public sealed class TwoFactorEnrolmentMiddleware(RequestDelegate next)
{
    private static readonly string[] Allowed = ["/Account/Manage/TwoFactor", "/Account/Logout", "/Culture", "/lib/", "/css/", "/js/", "/health/", "/Error", "/StatusCode"];

    public Task InvokeAsync(HttpContext context)
    {
        var account = context.Account();
        var path = context.Request.Path.Value ?? "/";
        if (account is { MustEnrolTwoFactor: true } && !Allowed.Any(a => path.StartsWith(a, StringComparison.OrdinalIgnoreCase)))
        {
            if (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
            {
                return ErrorResponses.WriteProblemAsync(context, StatusCodes.Status403Forbidden, "Cần bật xác thực hai lớp",
                    "Tài khoản quản trị và cán bộ thi đua phải bật xác thực hai lớp trước khi dùng hệ thống.");
            }

            context.Response.Redirect("/Account/Manage/TwoFactor?required=1");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
