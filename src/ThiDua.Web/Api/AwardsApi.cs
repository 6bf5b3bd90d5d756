using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards;
using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Fairness;
using ThiDua.Core.Awards.Quotas;
using ThiDua.Core.Imports.Files;
using ThiDua.Core.Shared;

namespace ThiDua.Web.Api;

/// <summary>
/// Candidate lists under /api/v1/awards/candidates (Awards.ViewCandidates): who meets which title or form for an
/// emulation year on the records, the "why not" of one person, and the list as .xlsx. Another unit's or person's
/// id answers 404.
/// </summary>
public static class AwardsApi
{
    public static RouteGroupBuilder MapAwardsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/awards/candidates").WithTags("Khen thưởng (Awards)").RequirePermission(AwardsPermissions.ViewCandidates);
        group.MapGet(string.Empty, ListAsync)
            .WithSummary("Danh sách đủ/không đủ điều kiện của đơn vị (và đơn vị trực thuộc) cho một năm thi đua; lọc theo danh hiệu, kết quả, lãnh đạo, giới tính; phân trang");
        group.MapGet("/person/{personId:int}", PersonAsync).WithSummary("Vì sao đạt, chưa đạt: từng điều kiện của một người với điều khoản áp dụng");
        group.MapGet("/export", ExportAsync).WithSummary(
            "Xuất danh sách (cùng bộ lọc, mọi trang) ra tệp .xlsx; format=csv: chỉ cá nhân (danh hiệu, hình thức cá nhân, không gồm tập thể), truyền theo luồng nên dùng được cho đơn vị rất lớn");
        group.MapGet("/unit/{unitId:int}", CollectiveAsync).WithSummary("Vì sao đạt, chưa đạt: từng điều kiện của một tập thể, với số liệu thành viên trong năm");

        var awards = api.MapGroup("/awards").WithTags("Khen thưởng (Awards)").RequirePermission(AwardsPermissions.ViewCandidates);
        awards.MapGet("/quota", QuotaAsync).WithSummary("Tỷ lệ khen thưởng của đơn vị (CSTDCS, TTLDXS): số suất, thứ tự xét mặc định có giải thích, ai trong tỷ lệ, các điều chỉnh");
        awards.MapGet("/fairness", FairnessAsync).WithSummary("Bảng công bằng: tỷ lệ người lao động trực tiếp, nữ, lãnh đạo trong số đủ điều kiện, dự kiến đề nghị, đã khen thưởng");
        var quota = api.MapGroup("/awards/quota/overrides").WithTags("Khen thưởng (Awards)").RequirePermission(AwardsPermissions.ManageQuota);
        quota.MapPut(string.Empty, SetOverrideAsync).WithSummary("Đưa một đối tượng vào (include=true) hoặc ra ngoài tỷ lệ, với lý do bắt buộc (ghi nhật ký)");
        quota.MapDelete("/{id:int}", ClearOverrideAsync).WithSummary("Bỏ một điều chỉnh: đối tượng trở lại thứ tự mặc định");
        return api;
    }

    /// <summary>Body of an override: the quota's unit, year and title, the person (or unit for TTLDXS), inside or outside, why.</summary>
    public sealed record QuotaOverrideBody(int UnitId, int Year, string Target, int SubjectId, bool Include, string? Reason, DateOnly? AsOf = null);

    public static async Task<Results<Ok<CollectiveCandidate>, NotFound<ProblemDetails>, ValidationProblem>> CollectiveAsync(
        int unitId, int? year, string? target, DateOnly? asOf, GetCollectiveCandidate handler, CancellationToken ct)
    {
        AwardCode? code = null;
        if (!string.IsNullOrEmpty(target))
        {
            if (!Codes.TryParseAward(target, out var t) || !ListCandidates.CollectiveTargets.Contains(t))
            {
                return ApiResults.Invalid([new FieldError("Target", TargetMessage(ListCandidates.CollectiveTargets))]);
            }

            code = t;
        }

        return ApiResults.From(await handler.HandleAsync(unitId, year, code, asOf, ct), c => c);
    }

    public static async Task<Results<Ok<QuotaView>, NotFound<ProblemDetails>, ValidationProblem>> QuotaAsync(
        int? unitId, int? year, string? target, DateOnly? asOf, GetQuota handler, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (year is < 2000 or > 2999)
        {
            errors.Add(YearError);
        }

        if (!TryQuotaTarget(target ?? "CSTDCS", out var code))
        {
            errors.Add(new FieldError("Target", GetQuota.TargetMessage));
        }

        if (errors.Count > 0)
        {
            return ApiResults.Invalid(errors);
        }

        return ApiResults.From(await handler.HandleAsync(unitId, year, code, asOf, ct), q => q);
    }

    public static async Task<Results<Ok<QuotaView>, NotFound<ProblemDetails>, ValidationProblem>> SetOverrideAsync(
        QuotaOverrideBody body, ManageQuota handler, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!TryQuotaTarget(body.Target, out var code))
        {
            return ApiResults.Invalid([new FieldError("Target", GetQuota.TargetMessage)]);
        }

        return ApiResults.From(await handler.SetAsync(new QuotaOverrideInput(body.UnitId, body.Year, code, body.SubjectId, body.Include, body.Reason, body.AsOf), ct), q => q);
    }

    public static async Task<Results<NoContent, NotFound<ProblemDetails>>> ClearOverrideAsync(int id, ManageQuota handler, CancellationToken ct) =>
        (await handler.ClearAsync(id, ct)).IsSuccess ? TypedResults.NoContent() : ApiResults.NotFound();

    public static async Task<Results<Ok<FairnessPanel>, NotFound<ProblemDetails>, ValidationProblem>> FairnessAsync(
        int? unitId, int? year, DateOnly? asOf, GetFairness handler, CancellationToken ct)
    {
        if (year is < 2000 or > 2999)
        {
            return ApiResults.Invalid([YearError]);
        }

        return ApiResults.From(await handler.HandleAsync(unitId, year, asOf, ct), f => f);
    }

    private static readonly FieldError YearError = new("Year", "Năm thi đua phải trong khoảng 2000–2999.");

    /// <summary>A quota title code (CSTDCS, TTLDXS).</summary>
    public static bool TryQuotaTarget(string? target, out AwardCode code) =>
        Codes.TryParseAward(target ?? string.Empty, out code) && GetQuota.Targets.Contains(code);

    public static async Task<Results<Ok<CandidateList>, NotFound<ProblemDetails>, ValidationProblem>> ListAsync(
        int? unitId, int? year, string? target, string? outcome, bool? leader, string? gender, int? page, int? size, DateOnly? asOf, ListCandidates handler, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var query = Parse(unitId, year, target, outcome, leader, gender, page ?? 1, Math.Clamp(size ?? 50, 1, 500), errors) is { } q ? q with { AsOf = asOf } : null;
        return query is null ? ApiResults.Invalid(errors) : ApiResults.From(await handler.HandleAsync(query, ct), l => l);
    }

    public static async Task<Results<Ok<PersonCandidate>, NotFound<ProblemDetails>, ValidationProblem>> PersonAsync(
        int personId, int? year, string? target, DateOnly? asOf, GetPersonCandidate handler, CancellationToken ct)
    {
        AwardCode? code = null;
        if (!string.IsNullOrEmpty(target))
        {
            if (!Codes.TryParseAward(target, out var t) || !ListCandidates.PersonTargets.Contains(t))
            {
                return ApiResults.Invalid([new FieldError("Target", TargetMessage(ListCandidates.PersonTargets))]);
            }

            code = t;
        }

        return ApiResults.From(await handler.HandleAsync(personId, year, code, asOf, ct), p => p);
    }

    public static async Task<Results<FileContentHttpResult, PushStreamHttpResult, NotFound<ProblemDetails>, ValidationProblem>> ExportAsync(
        int? unitId, int? year, string? target, string? outcome, bool? leader, string? gender, DateOnly? asOf, string? format, ListCandidates handler, StreamCandidates stream, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && !string.IsNullOrEmpty(format) && !string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new FieldError("Format", "Định dạng phải là xlsx (mặc định) hoặc csv."));
        }

        var query = Parse(unitId, year, target, outcome, leader, gender, 1, 500, errors);
        if (query is null || errors.Count > 0)
        {
            return ApiResults.Invalid(errors);
        }

        if (csv)
        {
            return await StreamCsvAsync(query with { AsOf = asOf }, stream, ct);
        }

        var result = await handler.HandleAsync(query with { Size = int.MaxValue, AsOf = asOf }, ct);
        if (!result.IsSuccess)
        {
            return result.IsNotFound ? ApiResults.NotFound() : ApiResults.Invalid(result.Errors);
        }

        using var output = new MemoryStream();
        WriteXlsx(result.Value!, output);
        var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"danh-sach-de-xuat-{result.Value!.Year}.xlsx");
        return TypedResults.File(output.ToArray(), TabularFileWriter.XlsxContentType, name);
    }

    /// <summary>
    /// The people's rows as CSV, streamed from <see cref="StreamCandidates"/>: the scope and the filters are checked before
    /// the first byte, then the rows are written as they are judged (memory does not grow with the unit).
    /// </summary>
    private static async Task<Results<FileContentHttpResult, PushStreamHttpResult, NotFound<ProblemDetails>, ValidationProblem>> StreamCsvAsync(
        CandidateQuery query, StreamCandidates stream, CancellationToken ct)
    {
        var result = await stream.HandleAsync(query, ct: ct);
        if (result.IsNotFound)
        {
            return ApiResults.NotFound();
        }

        if (!result.IsSuccess)
        {
            return ApiResults.Invalid(result.Errors);
        }

        return TypedResults.Stream(body => CandidateCsv.WriteAsync(body, result.Value!, ct), "text/csv; charset=utf-8", CandidateCsv.FileName(result.Value!.Year));
    }

    /// <summary>The list as one sheet: one row per person or collective and title, with the unmet codes and reasons.</summary>
    public static void WriteXlsx(CandidateList list, Stream output)
    {
        ArgumentNullException.ThrowIfNull(list);
        string[] headers = ["Loại", "Mã", "Họ tên / Tập thể", "Đơn vị", "Lãnh đạo", "Giới tính", "Danh hiệu, hình thức", "Kết quả", "Mã chưa đạt", "Lý do chưa đạt", "Chế độ pháp lý", "Năm thi đua"];
        var rows = list.Items.Select(r => (IReadOnlyList<object?>)
        [
            r.Kind == "PERSON" ? "Cá nhân" : "Tập thể", r.Code, r.Name, r.UnitName,
            r.IsLeader is null ? null : r.IsLeader.Value ? "Có" : "Không", r.Gender is null ? null : r.Gender == "F" ? "Nữ" : "Nam",
            VietnameseText.Name(r.Target), OutcomeName(r.Outcome), string.Join(", ", r.Unmet.Select(u => u.Code)),
            string.Join("; ", r.Unmet.Select(u => u.Message)), r.Regime, list.Year,
        ]);
        TabularFileWriter.WriteXlsx(output, "Danh sach", headers, rows);
    }

    /// <summary>Vietnamese name of an outcome (pages and exports).</summary>
    public static string OutcomeName(Outcome outcome) => VietnameseText.Name(outcome);

    internal static CandidateQuery? Parse(int? unitId, int? year, string? target, string? outcome, bool? leader, string? gender, int page, int size, List<FieldError> errors)
    {
        AwardCode? code = null;
        if (!string.IsNullOrEmpty(target))
        {
            if (Codes.TryParseAward(target, out var t) && (ListCandidates.PersonTargets.Contains(t) || ListCandidates.CollectiveTargets.Contains(t)))
            {
                code = t;
            }
            else
            {
                errors.Add(new FieldError("Target", TargetMessage([.. ListCandidates.PersonTargets, .. ListCandidates.CollectiveTargets])));
            }
        }

        Outcome? parsedOutcome = null;
        if (!string.IsNullOrEmpty(outcome))
        {
            if (Codes.TryParseOutcome(outcome, out var o))
            {
                parsedOutcome = o;
            }
            else
            {
                errors.Add(new FieldError("Outcome", "Kết quả phải là ELIGIBLE (đủ điều kiện), NOT_ELIGIBLE (chưa đủ), SUSPENDED (tạm hoãn) hoặc INVALID (thiếu dữ liệu)."));
            }
        }

        ThiDua.Core.Organisation.Gender? parsedGender = null;
        if (!string.IsNullOrEmpty(gender))
        {
            if (gender is "F" or "M")
            {
                parsedGender = gender == "F" ? ThiDua.Core.Organisation.Gender.F : ThiDua.Core.Organisation.Gender.M;
            }
            else
            {
                errors.Add(new FieldError("Gender", "Giới tính phải là F (nữ) hoặc M (nam)."));
            }
        }

        if (year is < 2000 or > 2999)
        {
            errors.Add(YearError);
        }

        return errors.Count > 0 ? null : new CandidateQuery(unitId, year, code, parsedOutcome, leader, parsedGender, page, size);
    }

    private static string TargetMessage(IEnumerable<AwardCode> allowed) =>
        "Danh hiệu, hình thức phải là một trong: " + string.Join(", ", allowed.Select(Codes.Of)) + ".";
}
