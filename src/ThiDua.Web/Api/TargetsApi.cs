using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Imports.Files;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;
using ThiDua.Core.Targets;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Api;

public sealed record TargetsRequest(IReadOnlyList<TargetCellInput>? Cells);

public sealed record ActualsRequest(IReadOnlyList<ActualInput>? Rows);

public sealed record LinksRequest(IReadOnlyList<CriterionLinkInput>? Links);

public sealed record GradesRequest(IReadOnlyList<GradeInput>? Grades);

/// <summary>
/// Targets and tracking under /api/v1/targets: reading needs Targets.View and reaches the caller's units and their
/// subordinates; assigning targets and entering or importing actuals need Targets.Manage on every unit concerned;
/// changing the indicators and the A/B/C/D thresholds needs Targets.Configure at the root (403 otherwise). Another
/// unit's id answers 404.
/// </summary>
public static class TargetsApi
{
    public static RouteGroupBuilder MapTargetsApi(this RouteGroupBuilder api)
    {
        const string Tag = "Chỉ tiêu và theo dõi (Targets)";
        var read = api.MapGroup("/targets").WithTags(Tag).RequirePermission(TargetsPermissions.View);
        read.MapGet("/dashboard", DashboardAsync).WithSummary("Bảng tổng hợp của đơn vị trong năm thi đua (mặc định: năm hiện tại): phát động, đăng ký, ký giao ước, đạt chỉ tiêu");
        read.MapGet("/indicators", IndicatorsAsync).WithSummary("Danh mục chỉ tiêu: cách tính (tử số/mẫu số, %), chiều tốt, chỉ tiêu chính, điểm xếp loại");
        read.MapGet("/grades", GradesAsync).WithSummary("Ngưỡng xếp loại A, B, C, D (điểm tối thiểu, có cần đạt đủ chỉ tiêu chính)");
        read.MapGet("/units/{unitId:int}", GridAsync).WithSummary("Chỉ tiêu được giao của đơn vị và các đơn vị trực thuộc trong năm thi đua");
        read.MapGet("/units/{unitId:int}/progress", ProgressAsync).WithSummary("Tiến độ thực hiện chỉ tiêu của đơn vị: số lũy kế từng tháng, so với chỉ tiêu theo tiến độ, điểm, xếp loại");
        read.MapGet("/alerts", AlertsAsync).WithSummary("Đơn vị chậm tiến độ: kết quả lũy kế thấp hơn chỉ tiêu theo tiến độ quá ngưỡng cảnh báo, hoặc chưa nhập số liệu");
        read.MapGet("/ranking", RankingAsync).WithSummary("Xếp loại A/B/C/D các đơn vị một cấp (mặc định: phòng khu vực) dưới một đơn vị: điểm, loại và lý do");
        read.MapGet("/ranking/export", RankingExportAsync).WithSummary("Bảng xếp loại A/B/C/D dạng Excel (.xlsx): hạng, đơn vị, chỉ tiêu, kết quả, điểm từng chỉ tiêu, tổng điểm, loại, lý do");
        read.MapGet("/points", PointsAsync).WithSummary("Điểm tự động của các tiêu chí phong trào gắn với chỉ tiêu, cho một đơn vị");
        var write = api.MapGroup("/targets").WithTags(Tag).RequirePermission(TargetsPermissions.Manage);
        write.MapPut("/{year:int}", SetTargetsAsync).WithSummary("Giao chỉ tiêu (lưới: đơn vị × chỉ tiêu, tỷ lệ 0–100 %; null để bỏ)");
        write.MapPost("/actuals", SaveActualsAsync).WithSummary("Nhập kết quả lũy kế theo tháng (month: 2026-10); tất cả hoặc không; số lũy kế không được giảm");
        write.MapPost("/actuals/import", ImportAsync).DisableAntiforgery()
            .WithSummary("Nhập kết quả lũy kế từ tệp .xlsx/.csv (multipart, trường file): tất cả hoặc không; lỗi theo dòng và cột");
        write.MapPut("/links/{movementId:int}", LinkAsync).WithSummary("Gắn tiêu chí của phong trào với chỉ tiêu để tính điểm tự động (indicator null: bỏ gắn)");
        var configure = api.MapGroup("/targets").WithTags(Tag).RequirePermission(TargetsPermissions.Configure);
        configure.AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<ICurrentUser>().HasAtRoot(TargetsPermissions.Configure)
                ? await next(context)
                : TypedResults.Problem(statusCode: 403, title: ErrorResponses.Title(403),
                    detail: "Chỉ quản trị viên ở đơn vị gốc mới được sửa danh mục chỉ tiêu và ngưỡng xếp loại (áp dụng toàn ngành)."));
        configure.MapPut("/grades", SetGradesAsync).WithSummary("Sửa ngưỡng xếp loại A, B, C, D");
        configure.MapPut("/indicators/{code}", SetIndicatorAsync).WithSummary("Sửa một chỉ tiêu của danh mục");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<IndicatorView>>> IndicatorsAsync(TargetQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.IndicatorsAsync(ct));

    public static async Task<Ok<IReadOnlyList<GradeView>>> GradesAsync(TargetQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GradesAsync(ct));

    public static async Task<Results<Ok<TargetGrid>, NotFound<ProblemDetails>, ValidationProblem>> GridAsync(int unitId, int? year, TargetQueries queries, EmulationCalendar calendar, CancellationToken ct) =>
        YearError(year) is { } error ? ApiResults.Invalid([error]) : ApiResults.From(await queries.GridAsync(unitId, year ?? calendar.CurrentYear, ct), g => g);

    public static async Task<Results<Ok<UnitProgress>, NotFound<ProblemDetails>, ValidationProblem>> ProgressAsync(int unitId, int? year, TargetQueries queries, EmulationCalendar calendar, CancellationToken ct) =>
        YearError(year) is { } error ? ApiResults.Invalid([error]) : ApiResults.From(await queries.ProgressAsync(unitId, year ?? calendar.CurrentYear, ct), p => p);

    public static async Task<Results<Ok<AlertList>, NotFound<ProblemDetails>, ValidationProblem>> AlertsAsync(int? unitId, int? year, TargetQueries queries, EmulationCalendar calendar, CancellationToken ct)
    {
        if (unitId is null)
        {
            return ApiResults.Invalid([new FieldError("UnitId", "Vui lòng chọn đơn vị (unitId): danh sách cảnh báo gồm đơn vị này và các đơn vị trực thuộc.")]);
        }

        return YearError(year) is { } error ? ApiResults.Invalid([error]) : ApiResults.From(await queries.AlertsAsync(unitId.Value, year ?? calendar.CurrentYear, ct), a => a);
    }

    public static async Task<Results<Ok<Ranking>, NotFound<ProblemDetails>, ValidationProblem>> RankingAsync(int? unitId, int? year, string? level, TargetQueries queries, EmulationCalendar calendar, CancellationToken ct)
    {
        if (unitId is null)
        {
            return ApiResults.Invalid([new FieldError("UnitId", "Vui lòng chọn đơn vị (unitId): xếp loại các đơn vị trực thuộc đơn vị này.")]);
        }

        var kind = UnitKind.REGIONAL;
        if (!string.IsNullOrEmpty(level) && !Enum.TryParse(level, true, out kind))
        {
            return ApiResults.Invalid([new FieldError("Level", "Cấp đơn vị phải là REGIONAL (phòng khu vực), PROVINCIAL (cấp tỉnh)…")]);
        }

        return YearError(year) is { } error ? ApiResults.Invalid([error]) : ApiResults.From(await queries.RankingAsync(unitId.Value, year ?? calendar.CurrentYear, kind, ct), r => r);
    }

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>, ValidationProblem>> RankingExportAsync(
        int? unitId, int? year, string? level, TargetQueries queries, EmulationCalendar calendar, CancellationToken ct)
    {
        var ranking = await RankingAsync(unitId, year, level, queries, calendar, ct);
        switch (ranking.Result)
        {
            case Ok<Ranking> ok:
                var r = ok.Value!;
                using (var output = new MemoryStream())
                {
                    TabularFileWriter.WriteXlsx(output, "Xếp loại", RankingSheet.Headers(r), RankingSheet.Rows(r));
                    return TypedResults.File(output.ToArray(), TabularFileWriter.XlsxContentType, RankingSheet.FileName(r));
                }

            case NotFound<ProblemDetails> notFound:
                return notFound;
            default:
                return (ValidationProblem)ranking.Result;
        }
    }

    public static async Task<Results<Ok<MovementPoints>, NotFound<ProblemDetails>, ValidationProblem>> PointsAsync(int? movementId, int? unitId, TargetQueries queries, CancellationToken ct) =>
        movementId is null || unitId is null
            ? ApiResults.Invalid([new FieldError(movementId is null ? "MovementId" : "UnitId", "Vui lòng chọn phong trào (movementId) và đơn vị (unitId).")])
            : ApiResults.From(await queries.PointsAsync(movementId.Value, unitId.Value, ct), p => p);

    public static async Task<Results<Ok<TargetsSaved>, NotFound<ProblemDetails>, ValidationProblem>> SetTargetsAsync(int year, TargetsRequest body, SetTargets handler, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return ApiResults.From(await handler.HandleAsync(year, body.Cells ?? [], ct), s => s);
    }

    public static async Task<Results<Ok<ActualsSaved>, NotFound<ProblemDetails>, ValidationProblem>> SaveActualsAsync(ActualsRequest body, SaveActuals handler, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Rows is not { Count: > 0 } rows)
        {
            return ApiResults.Invalid([new FieldError("Rows", "Không có dòng số liệu nào (rows).")]);
        }

        return ApiResults.From(await handler.HandleAsync(rows, ct), s => s);
    }

    public static async Task<Results<Ok<ActualsImportReport>, BadRequest<ActualsImportReport>>> ImportAsync(HttpRequest http, ImportActuals handler, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var file = http.HasFormContentType ? (await http.ReadFormAsync(ct)).Files.GetFile("file") : null;
        if (file is null)
        {
            return TypedResults.BadRequest(new ActualsImportReport(0, 0, 0, [new ImportRowError(0, null, "Vui lòng gửi tệp .xlsx hoặc .csv trong trường “file”.")]));
        }

        await using var stream = file.OpenReadStream();
        var report = await handler.HandleAsync(stream, Path.GetFileName(file.FileName), ct);
        return report.HasErrors ? TypedResults.BadRequest(report) : TypedResults.Ok(report);
    }

    public static async Task<Results<Ok<int>, NotFound<ProblemDetails>, ValidationProblem>> LinkAsync(int movementId, LinksRequest body, LinkCriteria handler, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return ApiResults.From(await handler.HandleAsync(movementId, body.Links ?? [], ct), n => n);
    }

    public static async Task<Results<Ok<IReadOnlyList<GradeView>>, NotFound<ProblemDetails>, ValidationProblem>> SetGradesAsync(GradesRequest body, ConfigureTargets handler, TargetQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var result = await handler.SetGradesAsync(body.Grades ?? [], ct);
        return result.IsSuccess ? TypedResults.Ok(await queries.GradesAsync(ct)) : ApiResults.Failure<int, IReadOnlyList<GradeView>>(result);
    }

    public static async Task<Results<Ok<IReadOnlyList<IndicatorView>>, NotFound<ProblemDetails>, ValidationProblem>> SetIndicatorAsync(string code, IndicatorInput body, ConfigureTargets handler, TargetQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var result = await handler.SetIndicatorAsync(code, body, ct);
        return result.IsSuccess ? TypedResults.Ok(await queries.IndicatorsAsync(ct)) : ApiResults.Failure<int, IReadOnlyList<IndicatorView>>(result);
    }

    private static FieldError? YearError(int? year) => year is < 2000 or > 2999 ? new FieldError("Year", "Năm thi đua phải trong khoảng 2000–2999.") : null;

    public static async Task<Results<Ok<ThiDua.Core.Targets.Dashboard.UnitDashboard>, NotFound<ProblemDetails>, ValidationProblem>> DashboardAsync(
        int? unitId, int? year, ThiDua.Core.Targets.Dashboard.GetDashboard handler, CancellationToken ct)
    {
        if (year is < 2000 or > 2999)
        {
            return ApiResults.Invalid([new FieldError("Year", "Năm thi đua phải trong khoảng 2000–2999.")]);
        }

        return ApiResults.From(await handler.HandleAsync(unitId, year, ct), d => d);
    }
}
