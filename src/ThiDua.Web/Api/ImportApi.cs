using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Imports.Files;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Import;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Api;

public sealed record ImportPreviewResponse(Guid UploadId, ImportReport Report);

/// <summary>
/// Templates, preview and all-or-nothing commit of .xlsx/.csv files, and exports with the same columns
/// (README: Import and export). Kinds: units, people, ratings, leave, discipline, pending-cases, initiatives, awards,
/// unit-ratings.
/// </summary>
public static class ImportApi
{
    public static RouteGroupBuilder MapImportApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("/organisation").WithTags("Nhập, xuất dữ liệu (Import/Export)").RequirePermission(OrganisationPermissions.View);
        read.MapGet("/import/{kind}/template", Template).WithSummary("Tệp mẫu (tiêu đề tiếng Việt) của một loại dữ liệu; format=xlsx|csv");
        read.MapGet("/export/{kind}", ExportAsync).WithSummary("Xuất dữ liệu trong phạm vi (cùng cột với tệp mẫu); format=xlsx|csv, unitId tùy chọn");
        read.MapGet("/import/progress/{id}", Progress).WithSummary("Tiến độ của một lần nhập đang chạy");

        var write = api.MapGroup("/organisation/import").WithTags("Nhập, xuất dữ liệu (Import/Export)").RequirePermission(OrganisationPermissions.Manage);
        write.MapPost("/{kind}/preview", PreviewAsync).DisableAntiforgery()
            .WithSummary("Kiểm tra tệp (multipart, trường file): mọi lỗi theo dòng và cột; trả về uploadId để ghi");
        write.MapPost("/{kind}/commit", CommitAsync).DisableAntiforgery()
            .WithSummary("Ghi tệp đã kiểm tra (uploadId) hoặc tệp gửi kèm: tất cả hoặc không; 400 kèm danh sách lỗi nếu còn lỗi");
        return api;
    }

    public static Results<FileContentHttpResult, NotFound<ProblemDetails>> Template(string kind, string? format)
    {
        if (!ImportSchemas.TryParseSlug(kind, out var k))
        {
            return ApiResults.NotFound();
        }

        var f = ParseFormat(format);
        using var output = new MemoryStream();
        OrganisationExport.WriteTemplate(k, f, output);
        return TypedResults.File(output.ToArray(), ContentType(f), OrganisationExport.FileName(k, f, template: true));
    }

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>>> ExportAsync(string kind, string? format, int? unitId, OrganisationExport export, CancellationToken ct)
    {
        if (!ImportSchemas.TryParseSlug(kind, out var k))
        {
            return ApiResults.NotFound();
        }

        var f = ParseFormat(format);
        using var output = new MemoryStream();
        if (!await export.WriteAsync(k, f, unitId, output, ct))
        {
            return ApiResults.NotFound();
        }

        return TypedResults.File(output.ToArray(), ContentType(f), OrganisationExport.FileName(k, f, template: false));
    }

    public static Results<Ok<ImportProgress>, NotFound<ProblemDetails>> Progress(string id, ImportProgressBoard board, ICurrentUser user) =>
        board.Get(id, user.UserId) is { } progress ? TypedResults.Ok(progress) : ApiResults.NotFound();

    public static async Task<Results<Ok<ImportPreviewResponse>, BadRequest<ImportReport>, NotFound<ProblemDetails>, ValidationProblem>> PreviewAsync(
        string kind, HttpRequest http, string? progressId, OrganisationImport import, ImportUploads uploads, ImportProgressBoard board, ICurrentUser user, CancellationToken ct)
    {
        if (!ImportSchemas.TryParseSlug(kind, out var k))
        {
            return ApiResults.NotFound();
        }

        if (await ReadAsync(k, await FileOf(http, ct), ct) is not { } request)
        {
            return ApiResults.Invalid([new FieldError("File", "Hãy gửi kèm tệp .xlsx hoặc .csv trong trường “file”.")]);
        }

        var report = await import.PreviewAsync(request, board.Track(progressId, user.UserId), ct);
        if (report.HasErrors)
        {
            return TypedResults.BadRequest(report);
        }

        return TypedResults.Ok(new ImportPreviewResponse(await uploads.KeepAsync(request, ct), report));
    }

    public static async Task<Results<Ok<ImportReport>, BadRequest<ImportReport>, NotFound<ProblemDetails>, ValidationProblem>> CommitAsync(
        string kind, HttpRequest http, Guid? uploadId, string? progressId, OrganisationImport import, ImportUploads uploads, ImportProgressBoard board, ICurrentUser user, CancellationToken ct)
    {
        if (!ImportSchemas.TryParseSlug(kind, out var k))
        {
            return ApiResults.NotFound();
        }

        var request = uploadId is Guid id ? await uploads.FindAsync(id, ct) : await ReadAsync(k, await FileOf(http, ct), ct);
        if (request is null || request.Kind != k)
        {
            return uploadId is null
                ? ApiResults.Invalid([new FieldError("File", "Hãy gửi kèm tệp .xlsx hoặc .csv trong trường “file”, hoặc uploadId của lần kiểm tra.")])
                : ApiResults.NotFound();
        }

        var report = await import.CommitAsync(request, board.Track(progressId, user.UserId), ct);
        if (!report.Committed)
        {
            return TypedResults.BadRequest(report);
        }

        if (uploadId is Guid used)
        {
            await uploads.ForgetAsync(used, ct);
        }

        return TypedResults.Ok(report);
    }

    /// <summary>The multipart field "file", or null (a commit by uploadId sends no body at all).</summary>
    private static async Task<IFormFile?> FileOf(HttpRequest http, CancellationToken ct) =>
        http.HasFormContentType ? (await http.ReadFormAsync(ct)).Files.GetFile("file") : null;

    internal static async Task<ImportRequest?> ReadAsync(ImportKind kind, IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return new ImportRequest(kind, Path.GetFileName(file.FileName), buffer.ToArray());
    }

    internal static ExportFormat ParseFormat(string? format) =>
        string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Csv : ExportFormat.Xlsx;

    internal static string ContentType(ExportFormat format) =>
        format == ExportFormat.Csv ? "text/csv; charset=utf-8" : TabularFileWriter.XlsxContentType;
}
