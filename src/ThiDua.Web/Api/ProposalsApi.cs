using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Proposals;
using ThiDua.Core.Documents;
using ThiDua.Core.Shared;

namespace ThiDua.Web.Api;

/// <summary>A proposal as sent: person or collective (subjectUnitId), code, year, route AUTOMATIC|BY_HAND, routeCode and justification for BY_HAND, decidingUnitId (default: the parent).</summary>
public sealed record ProposalRequest(int ProposingUnitId, int? PersonId, int? SubjectUnitId, string? Code, int Year, string? Route, string? RouteCode, string? Justification, int? DecidingUnitId);

/// <summary>A step: SUBMIT, RECEIVE, START_REVIEW, APPROVE, RETURN (reason), REJECT (reason).</summary>
public sealed record ProposalStepRequest(string? Action, string? Reason);

public sealed record CouncilRequest(bool Passed, int YesVotes, int RequiredVotes, int Members, string? SessionRef);

public sealed record DecidedRequest(string? DecisionRef);

public sealed record DeadlinesRequest(IReadOnlyList<DeadlineInput>? Deadlines);

public sealed record MarkReadRequest(int? Id);

/// <summary>
/// Proposals (đề nghị khen thưởng) under /api/v1/proposals and the caller's notifications under /api/v1/notifications.
/// Reading needs Proposals.View and sees the proposals of the caller's units and those sent to them; making, uploading
/// and submitting need Proposals.Propose on the proposing unit; receiving, reviewing, the council's result, approving,
/// returning, rejecting and marking decided need Proposals.Review on the deciding unit. Anything else answers 404.
/// </summary>
public static class ProposalsApi
{
    public static RouteGroupBuilder MapProposalsApi(this RouteGroupBuilder api)
    {
        const string Tag = "Đề nghị khen thưởng (Proposals)";
        var read = api.MapGroup("/proposals").WithTags(Tag).RequirePermission(ProposalsPermissions.View);
        read.MapGet(string.Empty, ListAsync).WithSummary("Đề nghị của đơn vị và đề nghị gửi đơn vị xét (inbox=true); lọc theo năm, trạng thái, mã danh hiệu, quá hạn, tên (không dấu cũng được); phân trang");
        read.MapGet("/panel", PanelAsync).WithSummary("Việc cần xử lý: dự thảo, bị trả lại, chờ tiếp nhận, đang thẩm định, quá hạn");
        read.MapGet("/deadlines", DeadlinesAsync).WithSummary("Thời hạn xử lý từng bước (ngày làm việc)");
        read.MapGet("/{id:int}", GetAsync).WithSummary("Một đề nghị: hồ sơ, kết luận điều kiện lúc trình kèm căn cứ, kết quả Hội đồng, các bước tiếp theo");
        read.MapGet("/{id:int}/drafts/{kind}", DraftAsync).WithSummary("Dự thảo tờ trình (letter) hoặc báo cáo thành tích (report) sinh từ dữ liệu; format=docx|pdf");
        read.MapGet("/{id:int}/files/{fileId:int}", FileAsync).WithSummary("Tải một tệp hồ sơ (luôn là tệp đính kèm)");
        read.MapPost("/{id:int}/steps", StepAsync).WithSummary("Chuyển bước: SUBMIT (đơn vị đề nghị), RECEIVE, START_REVIEW, APPROVE, RETURN (lý do), REJECT (lý do) (đơn vị xét)");
        var propose = api.MapGroup("/proposals").WithTags(Tag).RequirePermission(ProposalsPermissions.Propose);
        propose.MapPost(string.Empty, CreateAsync).WithSummary("Lập đề nghị từ danh sách đủ điều kiện (AUTOMATIC) hoặc thủ công có giải trình (BY_HAND: DOT_XUAT, THANH_TICH_XUAT_SAC, CHUYEN_DE)");
        propose.MapPost("/{id:int}/documents/{item}", UploadAsync).DisableAntiforgery()
            .WithSummary("Tải lên tệp của một thành phần hồ sơ (multipart, trường file): PDF, PNG, JPEG hoặc .docx, kiểm tra theo nội dung");
        var review = api.MapGroup("/proposals").WithTags(Tag).RequirePermission(ProposalsPermissions.Review);
        review.MapPost("/{id:int}/council", CouncilAsync).WithSummary("Ghi kết quả bỏ phiếu của Hội đồng cho đề nghị (đạt/không đạt, số phiếu)");
        review.MapPost("/{id:int}/decided", DecidedAsync).WithSummary("Ghi nhận quyết định khen thưởng cho đề nghị đã phê duyệt (MarkDecided)");
        api.MapGroup("/proposals").WithTags(Tag).RequirePermission(ProposalsPermissions.ManageDeadlines)
            .MapPut("/deadlines", UpdateDeadlinesAsync).WithSummary("Sửa thời hạn xử lý (quản trị viên ở đơn vị gốc)");
        var notifications = api.MapGroup("/notifications").WithTags("Thông báo (Notifications)");
        notifications.MapGet(string.Empty, NotificationsAsync).WithSummary("Thông báo của chính người dùng, mới nhất trước; số chưa đọc");
        notifications.MapPost("/read", MarkReadAsync).WithSummary("Đánh dấu đã đọc một thông báo (id) hoặc tất cả");
        return api;
    }

    public static async Task<Ok<Page<ProposalRow>>> ListAsync(int? year, string? status, string? code, bool? overdue, string? q, bool? inbox, int? page, int? size,
        ProposalQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(new ProposalQuery(year, CodeOf<ProposalStatus>.TryParse(status, out var s) ? s : null, code, overdue == true, q, inbox == true,
            page ?? 1, size ?? 25), ct));

    public static async Task<Ok<ProposalPanel>> PanelAsync(ProposalQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.PanelAsync(ct));

    public static async Task<Ok<IReadOnlyList<ManageProposalDeadlines.DeadlineRow>>> DeadlinesAsync(ManageProposalDeadlines handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(ct));

    public static async Task<Results<Ok<IReadOnlyList<ManageProposalDeadlines.DeadlineRow>>, NotFound<ProblemDetails>, ValidationProblem>> UpdateDeadlinesAsync(
        DeadlinesRequest body, ManageProposalDeadlines handler, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return ApiResults.From(await handler.UpdateAsync(body.Deadlines ?? [], ct), r => r);
    }

    public static async Task<Results<Ok<ProposalDetails>, NotFound<ProblemDetails>, ValidationProblem>> GetAsync(int id, ProposalQueries queries, CancellationToken ct) =>
        ApiResults.From(await queries.GetAsync(id, ct), d => d);

    public static async Task<Results<Ok<ProposalDetails>, NotFound<ProblemDetails>, ValidationProblem>> CreateAsync(
        ProposalRequest body, CreateProposal handler, ProposalQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!CodeOf<ProposalRoute>.TryParse(body.Route ?? "AUTOMATIC", out var route))
        {
            return ApiResults.Invalid([new FieldError("Route", "Cách lập đề nghị phải là AUTOMATIC (từ danh sách đủ điều kiện) hoặc BY_HAND (thủ công, có giải trình).")]);
        }

        var result = await handler.HandleAsync(new ProposalInput(body.ProposingUnitId, body.PersonId, body.SubjectUnitId, body.Code, body.Year, route, body.RouteCode,
            body.Justification, body.DecidingUnitId), ct);
        return await ThenAsync(result, queries, ct);
    }

    public static async Task<Results<Ok<ProposalDetails>, NotFound<ProblemDetails>, ValidationProblem>> UploadAsync(
        int id, string item, HttpRequest http, UploadProposalDocument handler, ProposalQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var file = http.HasFormContentType ? (await http.ReadFormAsync(ct)).Files.GetFile("file") : null;
        if (file is null)
        {
            return ApiResults.Invalid([new FieldError("File", "Vui lòng chọn tệp để tải lên (trường file, multipart/form-data).")]);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return await ThenAsync(await handler.HandleAsync(id, new DossierUpload(item.ToUpperInvariant(), file.FileName, buffer.ToArray()), ct), queries, ct);
    }

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>, ValidationProblem>> DraftAsync(
        int id, string kind, string? format, GetProposalDraft handler, CancellationToken ct)
    {
        if (ApiResults.DocumentFormat(format, out var pdf) is { } refused)
        {
            return refused;
        }

        ProposalDraftKind? which = kind.ToLowerInvariant() switch { "letter" => ProposalDraftKind.Letter, "report" => ProposalDraftKind.Report, _ => null };
        if (which is null)
        {
            return ApiResults.NotFound();
        }

        return ApiResults.Document(await handler.HandleAsync(id, which.Value, ct), pdf, (which == ProposalDraftKind.Letter ? "to-trinh-" : "bao-cao-thanh-tich-") + id);
    }

    /// <summary>Always an attachment, with the stored content type and the original name (never rendered inline).</summary>
    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>>> FileAsync(int id, int fileId, GetProposalFile handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, fileId, ct);
        if (!result.IsSuccess)
        {
            return ApiResults.NotFound();
        }

        var f = result.Value!;
        return TypedResults.File(f.Content, f.ContentType, f.FileName);
    }

    public static async Task<Results<Ok<ProposalDetails>, NotFound<ProblemDetails>, ValidationProblem>> StepAsync(
        int id, ProposalStepRequest body, ChangeProposalStep handler, ProposalQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!CodeOf<ProposalStepCode>.TryParse(body.Action, out var code))
        {
            return ApiResults.Invalid([new FieldError("Action", "Bước phải là SUBMIT, RECEIVE, START_REVIEW, APPROVE, RETURN hoặc REJECT.")]);
        }

        return await ThenAsync(await handler.HandleAsync(id, ProposalSteps.ActionOf(code), body.Reason, ct), queries, ct);
    }

    public static async Task<Results<Ok<ProposalDetails>, NotFound<ProblemDetails>, ValidationProblem>> CouncilAsync(
        int id, CouncilRequest body, RecordProposalCouncilResult handler, ProposalQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return await ThenAsync(await handler.HandleAsync(id, new CouncilResultInput(body.Passed, body.YesVotes, body.RequiredVotes, body.Members, body.SessionRef), ct), queries, ct);
    }

    public static async Task<Results<Ok<ProposalDetails>, NotFound<ProblemDetails>, ValidationProblem>> DecidedAsync(
        int id, DecidedRequest body, MarkProposalDecided handler, ProposalQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return await ThenAsync(await handler.MarkDecided(id, body.DecisionRef ?? string.Empty, ct), queries, ct);
    }

    public static async Task<Ok<NotificationsResponse>> NotificationsAsync(int? page, int? size, NotificationQueries queries, CancellationToken ct) =>
        TypedResults.Ok(new NotificationsResponse(await queries.UnreadAsync(ct), await queries.ListAsync(page ?? 1, size ?? 25, ct)));

    public static async Task<Results<Ok<int>, NotFound<ProblemDetails>, ValidationProblem>> MarkReadAsync(MarkReadRequest? body, NotificationQueries queries, CancellationToken ct) =>
        ApiResults.From(await queries.MarkReadAsync(body?.Id, ct), n => n);

    private static async Task<Results<Ok<ProposalDetails>, NotFound<ProblemDetails>, ValidationProblem>> ThenAsync(Result<Proposal> result, ProposalQueries queries, CancellationToken ct) =>
        result.IsSuccess ? ApiResults.From(await queries.GetAsync(result.Value!.Id, ct), d => d) : ApiResults.Failure<Proposal, ProposalDetails>(result);
}

public sealed record NotificationsResponse(int Unread, Page<NotificationRow> Page);
