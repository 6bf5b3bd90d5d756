using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Organisation.Import;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Api;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Organisation.Import;

/// <summary>
/// Import in three steps: take the template, upload the filled file for a preview that lists every error by row
/// and column, then commit the checked file (all or nothing). Progress is polled while the server reads the file.
/// </summary>
[RequirePermission("Organisation.Manage")]
[RequestSizeLimit(32 * 1024 * 1024)]
public sealed class IndexModel(OrganisationImport import, ImportUploads uploads, ImportProgressBoard board, ICurrentUser user) : AppPageModel
{
    public override string Area => "Organisation";

    public ImportKind Kind { get; private set; } = ImportKind.People;

    public ImportReport? Report { get; private set; }

    public Guid? UploadId { get; private set; }

    public string? Problem { get; private set; }

    public void OnGet(string? kind) => Load(kind);

    public async Task<IActionResult> OnPostPreviewAsync(string? kind, IFormFile? file, string? progressId, CancellationToken ct)
    {
        Load(kind);
        var request = await ImportApi.ReadAsync(Kind, file, ct);
        if (request is null || request.Content.Length == 0)
        {
            Problem = "Hãy chọn tệp .xlsx hoặc .csv để tải lên.";
            return Page();
        }

        Report = await import.PreviewAsync(request, board.Track(progressId, user.UserId), ct);
        if (!Report.HasErrors)
        {
            UploadId = await uploads.KeepAsync(request, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(string? kind, Guid uploadId, string? progressId, CancellationToken ct)
    {
        Load(kind);
        var request = await uploads.FindAsync(uploadId, ct);
        if (request is null || request.Kind != Kind)
        {
            Problem = "Không tìm thấy tệp đã kiểm tra (có thể đã quá một ngày): hãy tải tệp lên lại.";
            return Page();
        }

        Report = await import.CommitAsync(request, board.Track(progressId, user.UserId), ct);
        if (Report.Committed)
        {
            await uploads.ForgetAsync(uploadId, ct);
        }

        return Page();
    }

    private void Load(string? kind)
    {
        Kind = ImportSchemas.TryParseSlug(kind, out var k) ? k : ImportKind.People;
        Crumbs.Add(new Crumb("Tổ chức"));
        Crumbs.Add(new Crumb("Nhập dữ liệu từ Excel"));
    }
}
