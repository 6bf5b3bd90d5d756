using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Movements;
using ThiDua.Core.Shared;

namespace ThiDua.Web.Api;

public sealed record MovementCriterionRequest(string? Name, int Points);

/// <summary>A movement as sent: codes as strings (kind REGULAR|PERIODIC|THEMATIC, scope NATIONAL|SECTOR|CLUSTER|UNIT).</summary>
public sealed record MovementRequest(
    int OwnerUnitId,
    int? ParentId,
    string? Name,
    string? Kind,
    string? Scope,
    int? ClusterId,
    DateOnly? PeriodFrom,
    DateOnly? PeriodTo,
    string? Goals,
    DateOnly? LaunchedOn,
    string? LaunchReference,
    int? MaxPoints,
    IReadOnlyList<MovementCriterionRequest>? Criteria);

/// <summary>
/// Emulation movements under /api/v1/movements: reading needs Movements.View and sees the movements of the caller's
/// units, of their subordinates and of the units above them; launching, changing and responding need
/// Movements.Manage on the launching unit. Anything else answers 404.
/// </summary>
public static class MovementsApi
{
    public static RouteGroupBuilder MapMovementsApi(this RouteGroupBuilder api)
    {
        const string Tag = "Phong trào thi đua (Movements)";
        var read = api.MapGroup("/movements").WithTags(Tag).RequirePermission(MovementsPermissions.View);
        read.MapGet(string.Empty, ListAsync).WithSummary("Phong trào trong phạm vi (của đơn vị, cấp trên, đơn vị trực thuộc); lọc theo đơn vị, năm thi đua, loại, từ khóa (không dấu cũng được)");
        read.MapGet("/{id:int}", GetAsync).WithSummary("Một phong trào: tiêu chí và điểm, phong trào hưởng ứng, mức độ hưởng ứng của đơn vị trực thuộc");
        read.MapGet("/{id:int}/plan", PlanAsync).WithSummary("Kế hoạch tổ chức phong trào theo thể thức Nghị định 30/2020 (format=docx|pdf; number, date, signerName, signerPosition, authority KT|TM|Q|TL|TUQ, principal)");
        read.MapGet("/{id:int}/coverage", CoverageAsync).WithSummary("Đơn vị trực thuộc đã hưởng ứng (ngày phát động, sau bao nhiêu ngày) và chưa hưởng ứng");
        var write = api.MapGroup("/movements").WithTags(Tag).RequirePermission(MovementsPermissions.Manage);
        write.MapPost(string.Empty, CreateAsync).WithSummary("Phát động phong trào (parentId: hưởng ứng phong trào của cấp trên); tổng điểm tiêu chí phải bằng điểm tối đa");
        write.MapPut("/{id:int}", UpdateAsync).WithSummary("Sửa phong trào");
        return api;
    }

    public static async Task<Results<Ok<MovementPage>, NotFound<ProblemDetails>, ValidationProblem>> ListAsync(
        int? unitId, int? year, string? kind, string? q, int? page, int? size, MovementQueries handler, CancellationToken ct)
    {
        MovementKind? parsed = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (!CodeOf<MovementKind>.TryParse(kind, out var k))
            {
                return ApiResults.Invalid([new FieldError("Kind", KindMessage)]);
            }

            parsed = k;
        }

        if (year is < 2000 or > 2999)
        {
            return ApiResults.Invalid([new FieldError("Year", "Năm thi đua phải trong khoảng 2000–2999.")]);
        }

        return ApiResults.From(await handler.ListAsync(new MovementQuery(unitId, year, parsed, q, page ?? 1, size ?? 50), ct), p => p);
    }

    public static async Task<Results<Ok<MovementDetails>, NotFound<ProblemDetails>, ValidationProblem>> GetAsync(int id, MovementQueries handler, CancellationToken ct) =>
        ApiResults.From(await handler.GetAsync(id, ct), d => d);

    public static async Task<Results<Ok<LaunchCoverage>, NotFound<ProblemDetails>, ValidationProblem>> CoverageAsync(int id, MovementQueries handler, CancellationToken ct) =>
        ApiResults.From(await handler.CoverageAsync(id, ct), c => c);

    public static async Task<Results<Ok<MovementDetails>, NotFound<ProblemDetails>, ValidationProblem>> CreateAsync(
        MovementRequest body, CreateMovement handler, MovementQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (ToInput(body, out var errors) is not { } input)
        {
            return ApiResults.Invalid(errors);
        }

        var result = await handler.HandleAsync(input, ct);
        return result.IsSuccess ? ApiResults.From(await queries.GetAsync(result.Value!.Id, ct), d => d) : ApiResults.Failure<Movement, MovementDetails>(result);
    }

    public static async Task<Results<Ok<MovementDetails>, NotFound<ProblemDetails>, ValidationProblem>> UpdateAsync(
        int id, MovementRequest body, UpdateMovement handler, MovementQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (ToInput(body, out var errors) is not { } input)
        {
            return ApiResults.Invalid(errors);
        }

        var result = await handler.HandleAsync(id, input, ct);
        return result.IsSuccess ? ApiResults.From(await queries.GetAsync(id, ct), d => d) : ApiResults.Failure<Movement, MovementDetails>(result);
    }

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>, ValidationProblem>> PlanAsync(
        int id, string? format, int? number, DateOnly? date, string? signerName, string? signerPosition, string? authority, string? principal,
        GetMovementPlan handler, CancellationToken ct)
    {
        if (format is not (null or "docx" or "pdf"))
        {
            return ApiResults.Invalid([new FieldError("Format", "Định dạng phải là docx (Word) hoặc pdf.")]);
        }

        var result = await handler.HandleAsync(id, new MovementPlanInput(number, date, signerName, signerPosition, authority, principal), ct);
        if (!result.IsSuccess)
        {
            return result.IsNotFound ? ApiResults.NotFound() : ApiResults.Invalid(result.Errors);
        }

        var pdf = format == "pdf";
        var bytes = pdf ? ThiDua.Core.Documents.PdfRenderer.Render(result.Value!) : ThiDua.Core.Documents.DocxRenderer.Render(result.Value!);
        return TypedResults.File(bytes, pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            $"ke-hoach-phong-trao-{id}.{(pdf ? "pdf" : "docx")}");
    }

    private const string KindMessage = "Loại phong trào phải là REGULAR (thường xuyên), PERIODIC (theo đợt) hoặc THEMATIC (chuyên đề).";

    private static MovementInput? ToInput(MovementRequest body, out List<FieldError> errors)
    {
        errors = [];
        MovementKind? kind = null;
        if (body.Kind is not null)
        {
            if (CodeOf<MovementKind>.TryParse(body.Kind, out var k))
            {
                kind = k;
            }
            else
            {
                errors.Add(new FieldError("Kind", KindMessage));
            }
        }

        MovementScope? scope = null;
        if (body.Scope is not null)
        {
            if (CodeOf<MovementScope>.TryParse(body.Scope, out var s))
            {
                scope = s;
            }
            else
            {
                errors.Add(new FieldError("Scope", "Phạm vi phải là NATIONAL (toàn quốc), SECTOR (Bộ, ngành), CLUSTER (cụm, khối) hoặc UNIT (đơn vị)."));
            }
        }

        return errors.Count > 0 ? null : new MovementInput(body.OwnerUnitId, body.ParentId, body.Name, kind, scope, body.ClusterId, body.PeriodFrom, body.PeriodTo,
            body.Goals, body.LaunchedOn, body.LaunchReference, body.MaxPoints ?? 100, body.Criteria?.Select(c => new CriterionInput(c.Name, c.Points)).ToList());
    }
}
