using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core;
using ThiDua.Core.Registrations;
using ThiDua.Core.Shared;

namespace ThiDua.Web.Api;

public sealed record RegistrationEntryRequest(int? PersonId, int? UnitId, string? Title);

/// <summary>Registrations filed at once: titles as codes (LDTT, CSTDCS, CSTDBO, CSTDTQ; TTLDTT, TTLDXS, CTDBO, CTDCP).</summary>
public sealed record FileRegistrationsRequest(int? Year, IReadOnlyList<RegistrationEntryRequest>? Entries, bool? Submit, string? LateReason);

/// <summary>action SUBMIT | APPROVE | RETURN; reason required to return; lateReason for an officer submitting a draft after the deadline.</summary>
public sealed record DecideRegistrationsRequest(IReadOnlyList<int>? Ids, string? Action, string? Reason, string? LateReason);

public sealed record RoundRequest(int UnitId, int? Year, DateOnly? Deadline);

/// <summary>
/// Emulation registrations under /api/v1/registrations. Lists, coverage and the roll-up documents need
/// Registrations.View on the unit; filing and decisions need at least Registrations.RegisterSelf (a person files their
/// own), and the handlers check Registrations.Manage (others, collectives, after the deadline) and
/// Registrations.Approve on the superior unit. Another unit's id answers 404.
/// </summary>
public static class RegistrationsApi
{
    public static RouteGroupBuilder MapRegistrationsApi(this RouteGroupBuilder api)
    {
        const string Tag = "Đăng ký thi đua (Registrations)";
        var read = api.MapGroup("/registrations").WithTags(Tag).RequirePermission(RegistrationsPermissions.View);
        read.MapGet(string.Empty, ListAsync).WithSummary("Đăng ký thi đua của đơn vị và đơn vị trực thuộc trong một năm; lọc theo trạng thái, cá nhân/tập thể, từ khóa");
        read.MapGet("/coverage", CoverageAsync).WithSummary("Mức độ đăng ký: % đơn vị và % người đã đăng ký (đã gửi hoặc đã duyệt), theo đơn vị; ai chưa đăng ký");
        read.MapGet("/export", ExportAsync).WithSummary("Danh sách đăng ký tổng hợp (đã gửi, đã duyệt): format=docx (Nghị định 30/2020), pdf hoặc xlsx");
        var self = api.MapGroup("/registrations").WithTags(Tag).RequirePermission(RegistrationsPermissions.RegisterSelf);
        self.MapGet("/mine", MineAsync).WithSummary("Đăng ký của chính tôi trong năm thi đua và đợt đăng ký áp dụng");
        self.MapGet("/{id:int}", GetAsync).WithSummary("Một đăng ký");
        self.MapPost(string.Empty, FileAsync).WithSummary("Đăng ký (một hoặc nhiều dòng, tất cả hoặc không): tự đăng ký, hoặc cán bộ đăng ký thay; submit=true gửi duyệt ngay");
        self.MapPost("/decisions", DecideAsync).WithSummary("Gửi (SUBMIT), duyệt (APPROVE) hoặc trả lại (RETURN, kèm lý do) các đăng ký; duyệt và trả lại do đơn vị cấp trên");
        var manage = api.MapGroup("/registrations").WithTags(Tag).RequirePermission(RegistrationsPermissions.Manage);
        manage.MapPut("/rounds", RoundAsync).WithSummary("Mở đợt đăng ký của đơn vị cho một năm hoặc sửa hạn đăng ký (mặc định: ngày cuối tháng đầu của năm thi đua)");
        manage.MapPost("/import", ImportAsync).DisableAntiforgery()
            .WithSummary("Đăng ký theo danh sách từ tệp .xlsx/.csv (multipart, trường file; cột “Mã công chức” hoặc “Mã đơn vị”, “Danh hiệu đăng ký”): tất cả hoặc không, lỗi theo dòng và cột");
        return api;
    }

    public static async Task<Results<Ok<RegistrationPage>, NotFound<ProblemDetails>, ValidationProblem>> ListAsync(
        int? unitId, int? year, string? status, string? kind, string? q, int? page, int? size, RegistrationQueries queries, EmulationCalendar calendar, CancellationToken ct)
    {
        RegistrationStatus? parsed = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!CodeOf<RegistrationStatus>.TryParse(status, out var s))
            {
                return ApiResults.Invalid([new FieldError("Status", "Trạng thái phải là DRAFT, SUBMITTED, APPROVED hoặc RETURNED.")]);
            }

            parsed = s;
        }

        if (kind is { Length: > 0 } && kind.ToUpperInvariant() is not ("PERSON" or "COLLECTIVE"))
        {
            return ApiResults.Invalid([new FieldError("Kind", "kind phải là PERSON (cá nhân) hoặc COLLECTIVE (tập thể).")]);
        }

        if (YearError(year) is { } error)
        {
            return ApiResults.Invalid([error]);
        }

        return ApiResults.From(await queries.ListAsync(new RegistrationQuery(unitId, year ?? calendar.CurrentYear, parsed, kind, q, page ?? 1, size ?? 50), ct), p => p);
    }

    public static async Task<Results<Ok<RegistrationCoverage>, NotFound<ProblemDetails>, ValidationProblem>> CoverageAsync(
        int? unitId, int? year, RegistrationQueries queries, EmulationCalendar calendar, CancellationToken ct) =>
        YearError(year) is { } error ? ApiResults.Invalid([error]) : ApiResults.From(await queries.CoverageAsync(unitId, year ?? calendar.CurrentYear, ct), c => c);

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>, ValidationProblem>> ExportAsync(
        int? unitId, int? year, string? format, ExportRegistrations export, EmulationCalendar calendar, CancellationToken ct)
    {
        if (YearError(year) is { } error)
        {
            return ApiResults.Invalid([error]);
        }

        var result = await export.HandleAsync(unitId, year ?? calendar.CurrentYear, format ?? "docx", ct);
        if (result.IsNotFound)
        {
            return ApiResults.NotFound();
        }

        return result.IsSuccess ? TypedResults.File(result.Value!.Content, result.Value.ContentType, result.Value.FileName) : ApiResults.Invalid(result.Errors);
    }

    public static async Task<Results<Ok<MyRegistration>, NotFound<ProblemDetails>, ValidationProblem>> MineAsync(int? year, RegistrationQueries queries, EmulationCalendar calendar, CancellationToken ct) =>
        YearError(year) is { } error ? ApiResults.Invalid([error]) : ApiResults.From(await queries.MineAsync(year ?? calendar.CurrentYear, ct), m => m);

    public static async Task<Results<Ok<RegistrationRow>, NotFound<ProblemDetails>, ValidationProblem>> GetAsync(int id, RegistrationQueries queries, CancellationToken ct) =>
        ApiResults.From(await queries.GetAsync(id, ct), r => r);

    public static async Task<Results<Ok<IReadOnlyList<RegistrationRow>>, NotFound<ProblemDetails>, ValidationProblem>> FileAsync(
        FileRegistrationsRequest body, FileRegistrations handler, RegistrationQueries queries, EmulationCalendar calendar, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new List<FieldError>();
        var entries = new List<RegistrationEntry>();
        var list = body.Entries ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            AwardCode? title = null;
            if (!string.IsNullOrWhiteSpace(list[i].Title))
            {
                if (CodeOf<AwardCode>.TryParse(list[i].Title, out var code) && !AwardCodes.IsForm(code))
                {
                    title = code;
                }
                else
                {
                    errors.Add(new FieldError($"Entries[{i}].Title", $"Dòng {i + 1}: “{list[i].Title}” không phải mã danh hiệu thi đua; cá nhân: LDTT, CSTDCS, CSTDBO, CSTDTQ; tập thể: TTLDTT, TTLDXS, CTDBO, CTDCP."));
                }
            }

            entries.Add(new RegistrationEntry(list[i].PersonId, list[i].UnitId, title));
        }

        if (YearError(body.Year) is { } yearError)
        {
            errors.Add(yearError);
        }

        if (errors.Count > 0)
        {
            return ApiResults.Invalid(errors);
        }

        var result = await handler.HandleAsync(new FileRegistrationsInput(body.Year ?? calendar.CurrentYear, entries, body.Submit ?? false, body.LateReason), ct);
        return result.IsSuccess ? TypedResults.Ok(await RowsAsync(queries, result.Value!, ct)) : ApiResults.Failure<IReadOnlyList<Registration>, IReadOnlyList<RegistrationRow>>(result);
    }

    public static async Task<Results<Ok<IReadOnlyList<RegistrationRow>>, NotFound<ProblemDetails>, ValidationProblem>> DecideAsync(
        DecideRegistrationsRequest body, DecideRegistrations handler, RegistrationQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        RegistrationAction? action = null;
        if (body.Action is not null)
        {
            if (!CodeOf<RegistrationAction>.TryParse(body.Action, out var a))
            {
                return ApiResults.Invalid([new FieldError("Action", "Thao tác phải là SUBMIT (gửi), APPROVE (duyệt) hoặc RETURN (trả lại).")]);
            }

            action = a;
        }

        var result = await handler.HandleAsync(new DecideRegistrationsInput(body.Ids ?? [], action, body.Reason, body.LateReason), ct);
        return result.IsSuccess ? TypedResults.Ok(await RowsAsync(queries, result.Value!, ct)) : ApiResults.Failure<IReadOnlyList<Registration>, IReadOnlyList<RegistrationRow>>(result);
    }

    public static async Task<Results<Ok<RoundView>, NotFound<ProblemDetails>, ValidationProblem>> RoundAsync(
        RoundRequest body, OpenRegistrationRound handler, RegistrationQueries queries, EmulationCalendar calendar, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var result = await handler.HandleAsync(new RoundInput(body.UnitId, body.Year ?? calendar.CurrentYear, body.Deadline), ct);
        if (!result.IsSuccess)
        {
            return ApiResults.Failure<RegistrationRound, RoundView>(result);
        }

        var unit = await queries.RootAsync(body.UnitId, ct);
        return TypedResults.Ok(new RoundView(result.Value!.Id, body.UnitId, unit?.Name ?? string.Empty, result.Value.Year, result.Value.Deadline,
            calendar.Today > result.Value.Deadline, true));
    }

    public static async Task<Results<Ok<IReadOnlyList<RegistrationRow>>, NotFound<ProblemDetails>, ValidationProblem>> ImportAsync(
        HttpRequest http, int? year, bool? submit, string? lateReason, ImportRegistrations handler, RegistrationQueries queries, EmulationCalendar calendar, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var file = http.HasFormContentType ? (await http.ReadFormAsync(ct)).Files.GetFile("file") : null;
        if (file is null)
        {
            return ApiResults.Invalid([new FieldError("File", "Hãy gửi tệp .xlsx hoặc .csv trong trường “file” (multipart/form-data).")]);
        }

        if (YearError(year) is { } error)
        {
            return ApiResults.Invalid([error]);
        }

        await using var stream = file.OpenReadStream();
        var result = await handler.HandleAsync(stream, file.FileName, year ?? calendar.CurrentYear, submit ?? false, lateReason, ct);
        return result.IsSuccess ? TypedResults.Ok(await RowsAsync(queries, result.Value!, ct)) : ApiResults.Failure<IReadOnlyList<Registration>, IReadOnlyList<RegistrationRow>>(result);
    }

    private static FieldError? YearError(int? year) =>
        year is < 2000 or > 2999 ? new FieldError("Year", "Năm thi đua phải trong khoảng 2000–2999.") : null;

    private static async Task<IReadOnlyList<RegistrationRow>> RowsAsync(RegistrationQueries queries, IReadOnlyList<Registration> registrations, CancellationToken ct)
    {
        var rows = new List<RegistrationRow>();
        foreach (var r in registrations)
        {
            if ((await queries.GetAsync(r.Id, ct)).Value is { } row)
            {
                rows.Add(row);
            }
        }

        return rows;
    }
}
