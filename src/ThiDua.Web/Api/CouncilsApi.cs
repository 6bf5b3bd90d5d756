using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Councils;
using ThiDua.Core.Documents;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Calendar;

namespace ThiDua.Web.Api;

/// <summary>A step of a session: START_POSTING (postingStart, default today), RETURN (reason), OPEN_VOTING, CLOSE.</summary>
public sealed record SessionStepRequest(string? Action, DateOnly? PostingStart, string? Reason);

public sealed record CandidatesRequest(IReadOnlyList<SessionCandidateInput>? Candidates);

public sealed record FromListRequest(string? Code);

public sealed record CommentRequest(int CandidateId, string? Text);

public sealed record BallotRequest(IReadOnlyList<ChoiceInput>? Choices);

public sealed record WrittenBallotRequest(int PersonId, IReadOnlyList<ChoiceInput>? Choices);

public sealed record CalendarDayRequest(DateOnly? Date, CalendarDayKind Kind, string? Name);

/// <summary>
/// Councils (Hội đồng TĐKT), their sessions, the public posting, the secret ballot, the tally and the minutes under
/// /api/v1/councils; the working-day calendar under /api/v1/calendar. Reading needs Councils.View on the council's unit
/// (another unit's id answers 404); setting up needs Councils.Manage; voting needs to be a member (by the account's
/// person), entering a written ballot to be the council's secretary. The ballot's answer is the receipt, shown once.
/// </summary>
public static class CouncilsApi
{
    public static readonly IReadOnlyDictionary<string, SessionAction> StepCodes = new Dictionary<string, SessionAction>(StringComparer.OrdinalIgnoreCase)
    {
        ["START_POSTING"] = SessionAction.StartPosting,
        ["RETURN"] = SessionAction.ReturnToDraft,
        ["OPEN_VOTING"] = SessionAction.OpenVoting,
        ["CLOSE"] = SessionAction.Close,
    };

    public static RouteGroupBuilder MapCouncilsApi(this RouteGroupBuilder api)
    {
        const string Tag = "Hội đồng Thi đua – Khen thưởng (Councils)";
        var read = api.MapGroup("/councils").WithTags(Tag).RequirePermission(CouncilsPermissions.View);
        read.MapGet(string.Empty, ListAsync).WithSummary("Các Hội đồng TĐKT của đơn vị trong phạm vi");
        read.MapGet("/{id:int}", GetAsync).WithSummary("Một Hội đồng: nhiệm kỳ, thành viên, các phiên họp");
        read.MapGet("/sessions/{id:int}", SessionAsync).WithSummary("Một phiên họp: danh sách đề nghị, công khai và góp ý, ai đã tham gia bỏ phiếu; sau khi kết thúc: kết quả kiểm phiếu và danh sách mã phiếu");
        read.MapGet("/sessions/{id:int}/minutes", MinutesAsync).WithSummary("Biên bản họp Hội đồng (format=docx|pdf), thể thức Nghị định 30/2020");
        read.MapGet("/outcomes/{proposalId:int}", OutcomeAsync).WithSummary("Kết quả biểu quyết của một hồ sơ đề nghị (theo mã hồ sơ) sau khi phiên họp kết thúc");
        read.MapPost("/sessions/{id:int}/comments", CommentAsync).WithSummary("Góp ý về một người, tập thể trong thời gian công khai danh sách");
        read.MapPost("/sessions/{id:int}/ballots", BallotAsync).WithSummary("Thành viên Hội đồng bỏ phiếu kín (đồng ý / không đồng ý / không biểu quyết nếu được phép); trả về mã phiếu một lần");
        read.MapPost("/sessions/{id:int}/written-ballots", WrittenBallotAsync).WithSummary("Thư ký nhập phiếu bằng văn bản của thành viên vắng mặt");
        var manage = api.MapGroup("/councils").WithTags(Tag).RequirePermission(CouncilsPermissions.Manage);
        manage.MapPost(string.Empty, CreateAsync).WithSummary("Thành lập Hội đồng của đơn vị cho một nhiệm kỳ, với thành viên (một Chủ tịch, một Ủy viên thư ký)");
        manage.MapPut("/{id:int}", UpdateAsync).WithSummary("Sửa tên, nhiệm kỳ, thành viên Hội đồng (không sửa khi đang bỏ phiếu)");
        manage.MapPost("/{id:int}/sessions", CreateSessionAsync).WithSummary("Tạo phiên họp của Hội đồng cho một năm thi đua");
        manage.MapPost("/sessions/{id:int}/candidates", AddCandidatesAsync).WithSummary("Thêm người, tập thể vào danh sách đề nghị (bước Dự thảo)");
        manage.MapPost("/sessions/{id:int}/candidates/from-list", FromListAsync).WithSummary("Lấy những người, tập thể đủ điều kiện của đơn vị trong năm (có thể lọc theo mã danh hiệu)");
        manage.MapDelete("/sessions/{id:int}/candidates/{candidateId:int}", RemoveCandidateAsync).WithSummary("Bỏ một người, tập thể khỏi danh sách (bước Dự thảo)");
        manage.MapPost("/sessions/{id:int}/steps", StepAsync).WithSummary("Chuyển bước: START_POSTING (ngày bắt đầu công khai), RETURN (lý do), OPEN_VOTING, CLOSE");

        var calendar = api.MapGroup("/calendar").WithTags("Lịch làm việc (Calendar)");
        calendar.MapGet(string.Empty, CalendarAsync).WithSummary("Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù của một năm; số ngày làm việc");
        calendar.MapPost(string.Empty, AddDayAsync).RequirePermission(CouncilsPermissions.ManageCalendar).WithSummary("Thêm một ngày nghỉ (kind DayOff) hoặc ngày làm bù (WorkedWeekend); chỉ ở đơn vị gốc");
        calendar.MapDelete("/{date}", RemoveDayAsync).RequirePermission(CouncilsPermissions.ManageCalendar).WithSummary("Xóa một ngày khỏi lịch (yyyy-MM-dd); chỉ ở đơn vị gốc");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<CouncilSummary>>> ListAsync(CouncilQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(ct));

    public static async Task<Results<Ok<CouncilDetails>, NotFound<ProblemDetails>, ValidationProblem>> GetAsync(int id, CouncilQueries queries, CancellationToken ct) =>
        ApiResults.From(await queries.GetAsync(id, ct), d => d);

    public static async Task<Results<Ok<SessionDetails>, NotFound<ProblemDetails>, ValidationProblem>> SessionAsync(int id, CouncilQueries queries, CancellationToken ct) =>
        ApiResults.From(await queries.GetSessionAsync(id, ct), d => d);

    public static async Task<Results<Ok<CandidateOutcome>, NotFound<ProblemDetails>, ValidationProblem>> OutcomeAsync(int proposalId, GetCandidateOutcome handler, CancellationToken ct) =>
        ApiResults.From(await handler.HandleAsync(proposalId, ct), d => d);

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>, ValidationProblem>> MinutesAsync(
        int id, string? format, GetSessionMinutes handler, CancellationToken ct)
    {
        if (ApiResults.DocumentFormat(format, out var pdf) is { } refused)
        {
            return refused;
        }

        return ApiResults.Document(await handler.HandleAsync(id, ct), pdf, $"bien-ban-hoi-dong-{id}");
    }

    public static async Task<Results<Ok<CouncilDetails>, NotFound<ProblemDetails>, ValidationProblem>> CreateAsync(
        CouncilInput body, CreateCouncil handler, CouncilQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var result = await handler.HandleAsync(body, ct);
        return result.IsSuccess ? ApiResults.From(await queries.GetAsync(result.Value!.Id, ct), d => d) : ApiResults.Failure<Council, CouncilDetails>(result);
    }

    public static async Task<Results<Ok<CouncilDetails>, NotFound<ProblemDetails>, ValidationProblem>> UpdateAsync(
        int id, CouncilInput body, UpdateCouncil handler, CouncilQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var result = await handler.HandleAsync(id, body, ct);
        return result.IsSuccess ? ApiResults.From(await queries.GetAsync(id, ct), d => d) : ApiResults.Failure<Council, CouncilDetails>(result);
    }

    public static async Task<Results<Ok<SessionDetails>, NotFound<ProblemDetails>, ValidationProblem>> CreateSessionAsync(
        int id, SessionInput body, CreateSession handler, CouncilQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return await ThenAsync(await handler.HandleAsync(id, body, ct), queries, ct);
    }

    public static async Task<Results<Ok<SessionDetails>, NotFound<ProblemDetails>, ValidationProblem>> AddCandidatesAsync(
        int id, CandidatesRequest body, AddSessionCandidates handler, CouncilQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var result = await handler.HandleAsync(id, body.Candidates ?? [], ct);
        return result.IsSuccess ? ApiResults.From(await queries.GetSessionAsync(id, ct), d => d) : ApiResults.Failure<IReadOnlyList<SessionCandidate>, SessionDetails>(result);
    }

    public static async Task<Results<Ok<SessionDetails>, NotFound<ProblemDetails>, ValidationProblem>> FromListAsync(
        int id, FromListRequest body, AddCandidatesFromList handler, CouncilQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var result = await handler.HandleAsync(id, body.Code, ct);
        return result.IsSuccess ? ApiResults.From(await queries.GetSessionAsync(id, ct), d => d) : ApiResults.Failure<IReadOnlyList<SessionCandidate>, SessionDetails>(result);
    }

    public static async Task<Results<Ok<SessionDetails>, NotFound<ProblemDetails>, ValidationProblem>> RemoveCandidateAsync(
        int id, int candidateId, RemoveSessionCandidate handler, CouncilQueries queries, CancellationToken ct) =>
        await ThenAsync(await handler.HandleAsync(id, candidateId, ct), queries, ct);

    public static async Task<Results<Ok<SessionDetails>, NotFound<ProblemDetails>, ValidationProblem>> StepAsync(
        int id, SessionStepRequest body, ChangeSessionStep handler, CouncilQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Action is null || !StepCodes.TryGetValue(body.Action, out var action))
        {
            return ApiResults.Invalid([new FieldError("Action", "Bước phải là START_POSTING, RETURN, OPEN_VOTING hoặc CLOSE.")]);
        }

        return await ThenAsync(await handler.HandleAsync(id, new SessionStepInput(action, body.PostingStart, body.Reason), ct), queries, ct);
    }

    public static async Task<Results<Ok<SessionDetails>, NotFound<ProblemDetails>, ValidationProblem>> CommentAsync(
        int id, CommentRequest body, CommentOnCandidate handler, CouncilQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var result = await handler.HandleAsync(id, body.CandidateId, body.Text, ct);
        return result.IsSuccess ? ApiResults.From(await queries.GetSessionAsync(id, ct), d => d) : ApiResults.Failure<PostingComment, SessionDetails>(result);
    }

    public static async Task<Results<Ok<BallotReceipt>, NotFound<ProblemDetails>, ValidationProblem>> BallotAsync(
        int id, BallotRequest body, CastBallot handler, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return ApiResults.From(await handler.HandleAsync(id, body.Choices ?? [], null, ct), r => r);
    }

    public static async Task<Results<Ok<BallotReceipt>, NotFound<ProblemDetails>, ValidationProblem>> WrittenBallotAsync(
        int id, WrittenBallotRequest body, CastBallot handler, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return ApiResults.From(await handler.HandleAsync(id, body.Choices ?? [], body.PersonId, ct), r => r);
    }

    public static async Task<Results<Ok<CalendarYear>, NotFound<ProblemDetails>, ValidationProblem>> CalendarAsync(
        int? year, ManageCalendar handler, TimeProvider clock, CancellationToken ct) =>
        ApiResults.From(await handler.ListAsync(year ?? VietnameseFormat.Today(clock).Year, ct), d => d);

    public static async Task<Results<Ok<CalendarDayView>, NotFound<ProblemDetails>, ValidationProblem>> AddDayAsync(
        CalendarDayRequest body, ManageCalendar handler, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return ApiResults.From(await handler.AddAsync(body.Date, body.Kind, body.Name, ct), d => d);
    }

    public static async Task<Results<Ok<CalendarDayView>, NotFound<ProblemDetails>, ValidationProblem>> RemoveDayAsync(
        string date, ManageCalendar handler, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return ApiResults.Invalid([new FieldError("Date", $"Ngày “{date}” không hợp lệ: ghi theo dạng năm-tháng-ngày, ví dụ 2027-02-05.")]);
        }

        return ApiResults.From(await handler.RemoveAsync(day, ct), d => d);
    }

    private static async Task<Results<Ok<SessionDetails>, NotFound<ProblemDetails>, ValidationProblem>> ThenAsync(
        Result<CouncilSession> result, CouncilQueries queries, CancellationToken ct) =>
        result.IsSuccess ? ApiResults.From(await queries.GetSessionAsync(result.Value!.Id, ct), d => d) : ApiResults.Failure<CouncilSession, SessionDetails>(result);
}
