using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Identity;
using ThiDua.Core.Identity.Tokens;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Api;

public sealed record MeGrant(string Role, string RoleName, int UnitId, string UnitPath);

public sealed record MeResponse(int Id, string DisplayName, bool IsDemo, bool TwoFactorEnabled, IReadOnlyList<MeGrant> Grants);

public sealed record IssueTokenRequest(string? Name, int? ExpiresInDays);

/// <summary>The caller's own account and API tokens. Tokens are issued only from a signed-in session, never by a token.</summary>
public static class MeApi
{
    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/me").WithTags("Tài khoản của tôi (Me)");
        group.MapGet(string.Empty, GetAsync).WithSummary("Tài khoản đang đăng nhập và vai trò");
        group.MapGet("/tokens", ListTokensAsync).WithSummary("Mã truy cập API của tôi");
        group.MapPost("/tokens", IssueTokenAsync).WithSummary("Tạo mã truy cập API (hiện một lần)");
        group.MapDelete("/tokens/{id:int}", RevokeTokenAsync).WithSummary("Thu hồi mã truy cập API");
        return api;
    }

    public static Results<Ok<MeResponse>, UnauthorizedHttpResult> GetAsync(HttpContext context)
    {
        var account = context.Account();
        return account is null
            ? TypedResults.Unauthorized()
            : TypedResults.Ok(new MeResponse(account.Id, account.DisplayName, account.IsDemo, account.TwoFactorEnabled,
                account.Grants.Select(g => new MeGrant(g.Role.ToString(), RoleNames.Vietnamese(g.Role), g.UnitId, g.UnitPath)).ToList()));
    }

    public static async Task<Ok<IReadOnlyList<ApiTokenView>>> ListTokensAsync(ApiTokens tokens, CancellationToken ct) =>
        TypedResults.Ok(await tokens.ListAsync(ct));

    public static async Task<Results<Ok<IssuedToken>, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult>> IssueTokenAsync(
        IssueTokenRequest request, ApiTokens tokens, HttpContext context, CancellationToken ct)
    {
        if (context.User.HasClaim(c => c.Type == "token_id"))
        {
            return TypedResults.Problem(statusCode: 403, title: "Không thể tạo mã truy cập bằng một mã truy cập khác; hãy đăng nhập.");
        }

        var result = await tokens.IssueAsync(request.Name, request.ExpiresInDays, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.IsNotFound ? ApiResults.NotFound() : ApiResults.Invalid(result.Errors);
    }

    public static async Task<Results<NoContent, NotFound<ProblemDetails>>> RevokeTokenAsync(int id, ApiTokens tokens, CancellationToken ct)
    {
        var result = await tokens.RevokeAsync(id, ct);
        return result.IsSuccess ? TypedResults.NoContent() : ApiResults.NotFound();
    }
}
