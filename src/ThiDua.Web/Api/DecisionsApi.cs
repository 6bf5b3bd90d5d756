using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards;
using ThiDua.Core.Awards.Decisions;
using ThiDua.Core.Shared;

namespace ThiDua.Web.Api;

/// <summary>The number typed by the leader at issue; empty for the next unused number of the unit and year.</summary>
public sealed record IssueRequest(int? Number);

/// <summary>
/// Award decisions under /api/v1/decisions. Reading needs Decisions.View and sees the decisions of the issuing units in
/// the caller's scope; drafting needs Decisions.Draft; issuing and revoking need Decisions.Issue (the unit's leaders).
/// Another unit's decision, person or unit answers 404. The base salaries are national data: read by anyone who sees
/// decisions, added by an administrator at a root unit.
/// </summary>
public static class DecisionsApi
{
    public static RouteGroupBuilder MapDecisionsApi(this RouteGroupBuilder api)
    {
        const string Tag = "Quyết định khen thưởng (Decisions)";
        var read = api.MapGroup("/decisions").WithTags(Tag).RequirePermission(DecisionsPermissions.View);
        read.MapGet(string.Empty, ListAsync).WithSummary("Quyết định của các đơn vị ban hành trong phạm vi; lọc theo đơn vị, năm, trạng thái (DRAFT, ISSUED, REVOKED), tìm không dấu; phân trang");
        read.MapGet("/{id:int}", GetAsync).WithSummary("Một quyết định: nội dung, người ký, danh sách khen thưởng với số tiền, thu hồi");
        read.MapGet("/{id:int}/document", DocumentAsync).WithSummary("Quyết định (format=docx|pdf) theo Nghị định 30/2020 kèm phụ lục danh sách; dự thảo: số để trống, dấu \"DỰ THẢO\"; format=certificates (đã ban hành): bằng khen, giấy khen để in (PDF A4 ngang)");
        read.MapGet("/base-salaries", BaseSalariesAsync).WithSummary("Mức lương cơ sở theo ngày áp dụng (dữ liệu để tính tiền thưởng)");
        var draft = api.MapGroup("/decisions").WithTags(Tag).RequirePermission(DecisionsPermissions.Draft);
        draft.MapPost(string.Empty, CreateAsync).WithSummary("Soạn dự thảo: đơn vị ban hành, ngày, mã danh hiệu/hình thức (GK, BKBO, LDTT…), thành tích, người ký, danh sách (personId/unitId hoặc code)");
        draft.MapPut("/{id:int}", UpdateAsync).WithSummary("Sửa dự thảo (tiền thưởng tính lại)");
        var issue = api.MapGroup("/decisions").WithTags(Tag).RequirePermission(DecisionsPermissions.Issue);
        issue.MapPost("/{id:int}/issue", IssueAsync).WithSummary("Ban hành: cấp số tiếp theo của đơn vị trong năm (hoặc số nhập chưa từng dùng), ghi khen thưởng vào hồ sơ");
        issue.MapPost("/{id:int}/revocations", RevokeAsync).WithSummary("Thu hồi khen thưởng: lineIds (trống = toàn bộ quyết định), lý do, căn cứ KHAI_MAN | GIA_MAO | TRAI_PHAP_LUAT");
        var admin = api.MapGroup("/decisions").WithTags(Tag).RequirePermission(AwardsPermissions.ManageRegimes);
        admin.MapPost("/base-salaries", AddBaseSalaryAsync).WithSummary("Thêm mức lương cơ sở từ một ngày (quản trị viên ở đơn vị gốc)");
        return api;
    }

    public static async Task<Results<Ok<Page<DecisionSummary>>, NotFound<ProblemDetails>, ValidationProblem>> ListAsync(
        int? unitId, int? year, string? status, string? q, int? page, int? size, DecisionQueries queries, CancellationToken ct) =>
        ApiResults.From(await queries.ListAsync(new DecisionFilter(unitId, year, status, q, page ?? 1, size ?? 25), ct), p => p);

    public static async Task<Results<Ok<DecisionDetails>, NotFound<ProblemDetails>, ValidationProblem>> GetAsync(int id, DecisionQueries queries, CancellationToken ct) =>
        ApiResults.From(await queries.GetAsync(id, ct), d => d);

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>, ValidationProblem>> DocumentAsync(
        int id, string? format, GetDecisionDocument handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, format, ct);
        if (!result.IsSuccess)
        {
            return result.IsNotFound ? ApiResults.NotFound() : ApiResults.Invalid(result.Errors);
        }

        return TypedResults.File(result.Value!.Content, result.Value.ContentType, result.Value.FileName);
    }

    public static async Task<Ok<IReadOnlyList<BaseSalaryView>>> BaseSalariesAsync(BaseSalaries salaries, CancellationToken ct) =>
        TypedResults.Ok(await salaries.ListAsync(ct));

    public static async Task<Results<Ok<BaseSalaryView>, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult>> AddBaseSalaryAsync(
        BaseSalaryInput body, BaseSalaries salaries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!salaries.CanManage)
        {
            // National data, like the legal regimes: a province's administrator holds the permission but not at the root.
            return TypedResults.Problem(statusCode: 403, title: Infrastructure.ErrorResponses.Title(403), detail: "Mức lương cơ sở áp dụng toàn quốc: chỉ quản trị viên ở đơn vị gốc được thêm.");
        }

        var result = await salaries.AddAsync(body, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.IsNotFound ? ApiResults.NotFound() : ApiResults.Invalid(result.Errors);
    }

    public static async Task<Results<Ok<DecisionDetails>, NotFound<ProblemDetails>, ValidationProblem>> CreateAsync(
        DecisionInput body, CreateDecision handler, DecisionQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return await ThenAsync(await handler.HandleAsync(body, ct), queries, ct);
    }

    public static async Task<Results<Ok<DecisionDetails>, NotFound<ProblemDetails>, ValidationProblem>> UpdateAsync(
        int id, DecisionInput body, UpdateDecision handler, DecisionQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return await ThenAsync(await handler.HandleAsync(id, body, ct), queries, ct);
    }

    public static async Task<Results<Ok<DecisionDetails>, NotFound<ProblemDetails>, ValidationProblem>> IssueAsync(
        int id, IssueRequest? body, IssueDecision handler, DecisionQueries queries, CancellationToken ct) =>
        await ThenAsync(await handler.HandleAsync(id, body?.Number, ct), queries, ct);

    public static async Task<Results<Ok<DecisionDetails>, NotFound<ProblemDetails>, ValidationProblem>> RevokeAsync(
        int id, RevokeInput body, RevokeDecision handler, DecisionQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return await ThenAsync(await handler.HandleAsync(id, body, ct), queries, ct);
    }

    private static async Task<Results<Ok<DecisionDetails>, NotFound<ProblemDetails>, ValidationProblem>> ThenAsync(
        Result<AwardDecision> result, DecisionQueries queries, CancellationToken ct) =>
        result.IsSuccess ? ApiResults.From(await queries.GetAsync(result.Value!.Id, ct), d => d) : ApiResults.Failure<AwardDecision, DecisionDetails>(result);
}
