using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Identity;
using ThiDua.Core.Identity.Accounts;
using ThiDua.Core.Shared;

namespace ThiDua.Web.Api;

public sealed record CreateAccountRequest(string? UserName, string? DisplayName, string? Email, string? Password, int? PersonId, IReadOnlyList<GrantRequest>? Grants);

public sealed record GrantRequest(Role Role, int UnitId);

public sealed record PasswordResetResponse(int AccountId, string TemporaryPassword);

/// <summary>Account administration, only within the caller's own scope (Accounts.View / Accounts.Manage).</summary>
public static class AccountsApi
{
    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("/accounts").WithTags("Tài khoản (Accounts)").RequirePermission(AccountPermissions.View);
        read.MapGet(string.Empty, ListAsync).WithSummary("Tài khoản trong phạm vi");
        read.MapGet("/{id:int}", GetAsync).WithSummary("Một tài khoản");
        var write = api.MapGroup("/accounts").WithTags("Tài khoản (Accounts)").RequirePermission(AccountPermissions.Manage);
        write.MapPost(string.Empty, CreateAsync).WithSummary("Tạo tài khoản với vai trò trên đơn vị");
        write.MapPost("/{id:int}/disable", DisableAsync).WithSummary("Khóa tài khoản");
        write.MapPost("/{id:int}/enable", EnableAsync).WithSummary("Mở khóa tài khoản");
        write.MapPost("/{id:int}/reset-password", ResetPasswordAsync).WithSummary("Đặt lại mật khẩu (trả về mật khẩu tạm một lần)");
        write.MapPost("/{id:int}/grants", GrantAsync).WithSummary("Cấp vai trò trên một đơn vị");
        write.MapDelete("/{id:int}/grants/{grantId:int}", RevokeAsync).WithSummary("Thu hồi vai trò");
        return api;
    }

    public static async Task<Ok<Page<AccountView>>> ListAsync(AccountQueries queries, string? q, int? page, int? size, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(q, new PageRequest(page ?? 1, size ?? 25), ct));

    public static async Task<Results<Ok<AccountView>, NotFound<ProblemDetails>, ValidationProblem>> GetAsync(int id, AccountQueries queries, CancellationToken ct) =>
        ApiResults.From(await queries.GetAsync(id, ct), a => a);

    public static async Task<Results<Ok<AccountView>, NotFound<ProblemDetails>, ValidationProblem>> CreateAsync(
        CreateAccountRequest request, CreateAccount handler, AccountQueries queries, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrEmpty(request.Password))
        {
            errors.Add(new FieldError("Password", "Vui lòng nhập mật khẩu ban đầu (ít nhất 12 ký tự)."));
        }

        if (errors.Count > 0)
        {
            return ApiResults.Invalid(errors);
        }

        var result = await handler.HandleAsync(new CreateAccountInput(
            request.UserName ?? string.Empty,
            request.DisplayName ?? string.Empty,
            request.Email,
            request.Password!,
            request.PersonId,
            (request.Grants ?? []).Select(g => new GrantInput(g.Role, g.UnitId)).ToList()), ct);
        return await Then(result, queries, result.Value?.Id ?? 0, ct);
    }

    public static async Task<Results<Ok<AccountView>, NotFound<ProblemDetails>, ValidationProblem>> DisableAsync(int id, SetAccountDisabled handler, AccountQueries queries, CancellationToken ct) =>
        await Then(await handler.HandleAsync(id, true, ct), queries, id, ct);

    public static async Task<Results<Ok<AccountView>, NotFound<ProblemDetails>, ValidationProblem>> EnableAsync(int id, SetAccountDisabled handler, AccountQueries queries, CancellationToken ct) =>
        await Then(await handler.HandleAsync(id, false, ct), queries, id, ct);

    public static async Task<Results<Ok<PasswordResetResponse>, NotFound<ProblemDetails>, ValidationProblem>> ResetPasswordAsync(int id, ResetAccountPassword handler, CancellationToken ct) =>
        ApiResults.From(await handler.HandleAsync(id, ct), p => new PasswordResetResponse(id, p));

    public static async Task<Results<Ok<AccountView>, NotFound<ProblemDetails>, ValidationProblem>> GrantAsync(int id, GrantRequest request, GrantRole handler, AccountQueries queries, CancellationToken ct) =>
        await Then(await handler.HandleAsync(id, new GrantInput(request.Role, request.UnitId), ct), queries, id, ct);

    public static async Task<Results<Ok<AccountView>, NotFound<ProblemDetails>, ValidationProblem>> RevokeAsync(int id, int grantId, RevokeRole handler, AccountQueries queries, CancellationToken ct) =>
        await Then(await handler.HandleAsync(id, grantId, ct), queries, id, ct);

    /// <summary>After a successful change, answers with the account as it now is.</summary>
    private static async Task<Results<Ok<AccountView>, NotFound<ProblemDetails>, ValidationProblem>> Then<T>(Result<T> result, AccountQueries queries, int id, CancellationToken ct) =>
        result.IsSuccess ? ApiResults.From(await queries.GetAsync(id, ct), a => a) : ApiResults.Failure<T, AccountView>(result);
}
