using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Covenants;
using ThiDua.Core.Documents;
using ThiDua.Core.Shared;

namespace ThiDua.Web.Api;

public sealed record CovenantRequest(
    int ClusterId,
    int Year,
    string? Title,
    int? MaxPoints,
    int? LeadingSeats,
    IReadOnlyList<CommitmentInput>? Commitments,
    IReadOnlyList<CovenantCriterionInput>? Criteria);

/// <summary>A step of the covenant: OPEN, RETURN (reason), START_SCORING, REOPEN_REVIEW (reason), CLOSE, REOPEN_SCORING (reason).</summary>
public sealed record CovenantStepRequest(string? Action, string? Reason);

public sealed record SignRequest(int UnitId, string? Password, string? Code);

public sealed record ReviewRequest(string? Summary, IReadOnlyList<ProgressInput>? Progress);

public sealed record CriterionPoints(int CriterionId, decimal Points);

public sealed record ScoreRequest(int ScorerUnitId, int ScoredUnitId, IReadOnlyList<CriterionPoints>? Points);

public sealed record VoteRequest(int VoterUnitId, IReadOnlyList<int>? ChosenUnitIds);

/// <summary>
/// Emulation covenants of clusters and blocks under /api/v1/covenants. Reading needs Covenants.View and sees the
/// covenants of the clusters the caller's units belong to or organise; drafting and the steps need Covenants.Manage
/// on the head unit of the year (or the organiser); signing needs a leader's role granted on the member unit itself,
/// scoring and voting an officer's or leader's role on it. Anything else answers 404.
/// </summary>
public static class CovenantsApi
{
    public static readonly IReadOnlyDictionary<string, CovenantAction> StepCodes = new Dictionary<string, CovenantAction>(StringComparer.OrdinalIgnoreCase)
    {
        ["OPEN"] = CovenantAction.OpenForSigning,
        ["RETURN"] = CovenantAction.ReturnToDraft,
        ["START_SCORING"] = CovenantAction.StartScoring,
        ["REOPEN_REVIEW"] = CovenantAction.ReopenReview,
        ["CLOSE"] = CovenantAction.Close,
        ["REOPEN_SCORING"] = CovenantAction.ReopenScoring,
    };

    public static RouteGroupBuilder MapCovenantsApi(this RouteGroupBuilder api)
    {
        const string Tag = "Giao ước thi đua (Covenants)";
        var read = api.MapGroup("/covenants").WithTags(Tag).RequirePermission(CovenantsPermissions.View);
        read.MapGet(string.Empty, ListAsync).WithSummary("Giao ước của các cụm, khối mà đơn vị là thành viên hoặc tổ chức; lọc theo năm thi đua, cụm");
        read.MapGet("/{id:int}", GetAsync).WithSummary("Một giao ước: cam kết và tiến độ, tiêu chí, thành viên đã ký và chưa ký, ma trận chấm chéo, phiếu suy tôn, xếp hạng");
        read.MapGet("/{id:int}/document", DocumentAsync).WithSummary("Văn bản giao ước đã ký (format=docx|pdf), thể thức Nghị định 30/2020");
        var manage = api.MapGroup("/covenants").WithTags(Tag).RequirePermission(CovenantsPermissions.Manage);
        manage.MapPost(string.Empty, CreateAsync).WithSummary("Soạn giao ước (đơn vị cụm trưởng năm đó); tổng điểm tiêu chí phải bằng điểm tối đa");
        manage.MapPut("/{id:int}", UpdateAsync).WithSummary("Sửa dự thảo giao ước");
        manage.MapPost("/{id:int}/steps", StepAsync).WithSummary("Chuyển bước: OPEN, RETURN (lý do), START_SCORING, REOPEN_REVIEW (lý do), CLOSE, REOPEN_SCORING (lý do)");
        manage.MapPut("/{id:int}/review", ReviewAsync).WithSummary("Sơ kết giữa năm: tiến độ từng cam kết (giá trị, %, nhận xét); sửa được đến khi bắt đầu chấm điểm");
        var sign = api.MapGroup("/covenants").WithTags(Tag).RequirePermission(CovenantsPermissions.Sign);
        sign.MapPost("/{id:int}/signatures", SignAsync).WithSummary("Lãnh đạo đơn vị thành viên ký giao ước, xác nhận bằng mật khẩu (password) hoặc mã xác thực hai lớp (code)");
        var score = api.MapGroup("/covenants").WithTags(Tag).RequirePermission(CovenantsPermissions.Score);
        score.MapPut("/{id:int}/scores", ScoreAsync).WithSummary("Đơn vị chấm điểm một đơn vị thành viên khác theo từng tiêu chí (không tự chấm)");
        score.MapPut("/{id:int}/votes", VoteAsync).WithSummary("Phiếu suy tôn đơn vị dẫn đầu của một đơn vị thành viên (không bầu chính mình)");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<CovenantSummary>>> ListAsync(int? year, int? clusterId, CovenantQueries handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(year, clusterId, ct));

    public static async Task<Results<Ok<CovenantDetails>, NotFound<ProblemDetails>, ValidationProblem>> GetAsync(int id, CovenantQueries handler, CancellationToken ct) =>
        ApiResults.From(await handler.GetAsync(id, ct), d => d);

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>, ValidationProblem>> DocumentAsync(
        int id, string? format, GetCovenantDocument handler, CancellationToken ct)
    {
        if (ApiResults.DocumentFormat(format, out var pdf) is { } refused)
        {
            return refused;
        }

        return ApiResults.Document(await handler.HandleAsync(id, ct), pdf, $"giao-uoc-{id}");
    }

    public static async Task<Results<Ok<CovenantDetails>, NotFound<ProblemDetails>, ValidationProblem>> CreateAsync(
        CovenantRequest body, CreateCovenant handler, CovenantQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var result = await handler.HandleAsync(ToInput(body), ct);
        return await ThenAsync(result, queries, ct);
    }

    public static async Task<Results<Ok<CovenantDetails>, NotFound<ProblemDetails>, ValidationProblem>> UpdateAsync(
        int id, CovenantRequest body, UpdateCovenant handler, CovenantQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return await ThenAsync(await handler.HandleAsync(id, ToInput(body), ct), queries, ct);
    }

    public static async Task<Results<Ok<CovenantDetails>, NotFound<ProblemDetails>, ValidationProblem>> StepAsync(
        int id, CovenantStepRequest body, ChangeCovenantStep handler, CovenantQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Action is null || !StepCodes.TryGetValue(body.Action, out var action))
        {
            return ApiResults.Invalid([new FieldError("Action", "Bước phải là OPEN, RETURN, START_SCORING, REOPEN_REVIEW, CLOSE hoặc REOPEN_SCORING.")]);
        }

        return await ThenAsync(await handler.HandleAsync(id, action, body.Reason, ct), queries, ct);
    }

    public static async Task<Results<Ok<CovenantDetails>, NotFound<ProblemDetails>, ValidationProblem>> ReviewAsync(
        int id, ReviewRequest body, RecordCovenantReview handler, CovenantQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return await ThenAsync(await handler.HandleAsync(id, body.Summary, body.Progress ?? [], ct), queries, ct);
    }

    public static async Task<Results<Ok<CovenantDetails>, NotFound<ProblemDetails>, ValidationProblem>> SignAsync(
        int id, SignRequest body, SignCovenant handler, CovenantQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return await ThenAsync(await handler.HandleAsync(id, new SignInput(body.UnitId, body.Password, body.Code), ct), queries, ct);
    }

    public static async Task<Results<Ok<CovenantDetails>, NotFound<ProblemDetails>, ValidationProblem>> ScoreAsync(
        int id, ScoreRequest body, ScoreCovenant handler, CovenantQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var points = body.Points ?? [];
        if (points.GroupBy(p => p.CriterionId).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return ApiResults.Invalid([new FieldError("Points", $"Tiêu chí mã {twice.Key} được chấm hai lần.")]);
        }

        return await ThenAsync(await handler.HandleAsync(id, body.ScorerUnitId, body.ScoredUnitId, points.ToDictionary(p => p.CriterionId, p => p.Points), ct), queries, ct);
    }

    public static async Task<Results<Ok<CovenantDetails>, NotFound<ProblemDetails>, ValidationProblem>> VoteAsync(
        int id, VoteRequest body, VoteCovenant handler, CovenantQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return await ThenAsync(await handler.HandleAsync(id, body.VoterUnitId, body.ChosenUnitIds ?? [], ct), queries, ct);
    }

    private static async Task<Results<Ok<CovenantDetails>, NotFound<ProblemDetails>, ValidationProblem>> ThenAsync(
        Result<Covenant> result, CovenantQueries queries, CancellationToken ct) =>
        result.IsSuccess ? ApiResults.From(await queries.GetAsync(result.Value!.Id, ct), d => d) : ApiResults.Failure<Covenant, CovenantDetails>(result);

    private static CovenantInput ToInput(CovenantRequest body) =>
        new(body.ClusterId, body.Year, body.Title, body.MaxPoints ?? 100, body.LeadingSeats ?? 1, body.Commitments, body.Criteria);
}
