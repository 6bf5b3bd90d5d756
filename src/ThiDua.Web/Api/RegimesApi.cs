using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards;
using ThiDua.Core.Awards.Regimes;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Api;

/// <summary>
/// The legal regimes (rules.md §1) under /api/v1/regimes: reading needs Awards.CheckEligibility (regimes hold no
/// unit's data); changes need Awards.ManageRegimes granted at the root unit — a province's administrator gets 403.
/// Bodies are regime documents as GET returns them ("document"); PUT may give only the values that change.
/// </summary>
public static class RegimesApi
{
    public static RouteGroupBuilder MapRegimesApi(this RouteGroupBuilder api)
    {
        const string Tag = "Chế độ pháp lý (Regimes)";
        var read = api.MapGroup("/regimes").WithTags(Tag).RequirePermission(AwardsPermissions.CheckEligibility);
        read.MapGet(string.Empty, ListAsync).WithSummary("Các chế độ pháp lý theo ngày có hiệu lực, chế độ đang áp dụng, số tham số chưa kiểm chứng");
        read.MapGet("/{code}", GetAsync).WithSummary("Một chế độ: mọi tham số (nhãn, giá trị, đã kiểm chứng, căn cứ, khác chế độ gốc) và tài liệu JSON");
        var write = api.MapGroup("/regimes").WithTags(Tag).RequirePermission(AwardsPermissions.ManageRegimes);
        write.AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<ICurrentUser>().HasAtRoot(AwardsPermissions.ManageRegimes)
                ? await next(context)
                : TypedResults.Problem(statusCode: 403, title: ErrorResponses.Title(403),
                    detail: "Chỉ quản trị viên được phân quyền ở đơn vị gốc mới được sửa chế độ pháp lý (áp dụng toàn quốc)."));
        write.MapPost(string.Empty, CreateAsync).WithSummary("Thêm chế độ từ tài liệu JSON (đầy đủ, hoặc 'inherits' một chế độ và chỉ ghi thay đổi)")
            .Accepts<object>("application/json");
        write.MapPut("/{code}", UpdateAsync).WithSummary("Sửa chế độ: tài liệu JSON đè lên chế độ đang lưu (chỉ các giá trị có trong tài liệu thay đổi)")
            .Accepts<object>("application/json");
        write.MapDelete("/{code}", DeleteAsync).WithSummary("Xóa chế độ do quản trị viên thêm (chế độ có sẵn không xóa được)");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<RegimeSummary>>> ListAsync(ListRegimes handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(ct));

    public static async Task<Results<Ok<RegimeDetail>, NotFound<ProblemDetails>, ValidationProblem>> GetAsync(string code, GetRegime handler, CancellationToken ct) =>
        ApiResults.From(await handler.HandleAsync(code, ct), d => d);

    public static async Task<Results<Created<RegimeDetail>, NotFound<ProblemDetails>, ValidationProblem>> CreateAsync(
        HttpRequest request, CreateRegime handler, GetRegime get, CancellationToken ct)
    {
        var result = await handler.HandleAsync(await BodyAsync(request, ct), ct);
        if (!result.IsSuccess)
        {
            return result.IsNotFound ? ApiResults.NotFound() : ApiResults.Invalid(result.Errors);
        }

        var detail = await get.HandleAsync(result.Value!.Code, ct);
        return TypedResults.Created($"/api/v1/regimes/{Uri.EscapeDataString(result.Value.Code)}", detail.Value!);
    }

    public static async Task<Results<Ok<RegimeDetail>, NotFound<ProblemDetails>, ValidationProblem>> UpdateAsync(
        string code, HttpRequest request, UpdateRegime handler, GetRegime get, CancellationToken ct)
    {
        var result = await handler.HandleAsync(code, await BodyAsync(request, ct), ct);
        return result.IsSuccess ? ApiResults.From(await get.HandleAsync(code, ct), d => d) : ApiResults.Failure<Core.Awards.Eligibility.Regimes.RegimeParameters, RegimeDetail>(result);
    }

    public static async Task<Results<NoContent, NotFound<ProblemDetails>, ValidationProblem>> DeleteAsync(string code, DeleteRegime handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(code, ct);
        if (!result.IsSuccess)
        {
            return result.IsNotFound ? ApiResults.NotFound() : ApiResults.Invalid(result.Errors);
        }

        return TypedResults.NoContent();
    }

    private static async Task<string> BodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }
}
