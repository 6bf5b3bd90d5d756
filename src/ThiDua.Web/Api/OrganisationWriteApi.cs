using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.People;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Core.Organisation.Records;
using ThiDua.Core.Organisation.Units;

namespace ThiDua.Web.Api;

public sealed record RenameRequest(string? Name);

public sealed record MoveRequest(int ParentId);

public sealed record CloseRequest(DateOnly LastDay);

public sealed record RatingRequest(Rating? Rating);

public sealed record Done(bool Ok = true);

public sealed record InitiativeSaved(int Id, string Title, InitiativeScope Scope, string DecisionNumber, int Year, IReadOnlyList<int> AuthorIds);

/// <summary>Changes to units, people and their yearly records (Organisation.Manage), limited to the caller's scope.</summary>
public static class OrganisationWriteApi
{
    public static RouteGroupBuilder MapOrganisationWriteApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("/organisation").WithTags("Tổ chức (Organisation)").RequirePermission(OrganisationPermissions.View);
        read.MapGet("/people/{id:int}/profile", ProfileAsync).WithSummary("Hồ sơ và dòng thời gian của một công chức");
        read.MapGet("/units/{id:int}/records", UnitRecordsAsync).WithSummary("Xếp loại, khen thưởng và lịch sử sắp xếp của một đơn vị");

        var g = api.MapGroup("/organisation").WithTags("Tổ chức (Organisation)").RequirePermission(OrganisationPermissions.Manage);
        g.MapPost("/units", CreateUnitAsync).WithSummary("Thêm đơn vị");
        g.MapPut("/units/{id:int}", RenameUnitAsync).WithSummary("Đổi tên đơn vị");
        g.MapPost("/units/{id:int}/move", MoveUnitAsync).WithSummary("Chuyển đơn vị sang đơn vị cấp trên khác");
        g.MapPost("/units/{id:int}/close", CloseUnitAsync).WithSummary("Giải thể (ngừng hoạt động) đơn vị");
        g.MapPost("/units/reorganise", ReorganiseAsync).WithSummary("Sáp nhập hoặc chia tách đơn vị, có đơn vị kế thừa");
        g.MapPut("/units/{id:int}/ratings/{year:int}", SetUnitRatingAsync).WithSummary("Xếp loại tập thể theo năm");
        g.MapPost("/units/{id:int}/awards", AddUnitAwardAsync).WithSummary("Ghi khen thưởng đã có của tập thể");
        g.MapPost("/people", CreatePersonAsync).WithSummary("Thêm công chức");
        g.MapPut("/people/{id:int}", UpdatePersonAsync).WithSummary("Sửa thông tin công chức");
        g.MapPost("/people/{id:int}/transfer", TransferAsync).WithSummary("Điều chuyển công chức sang đơn vị khác");
        g.MapPut("/people/{id:int}/ratings/{year:int}", SetRatingAsync).WithSummary("Xếp loại cá nhân theo năm");
        g.MapPost("/people/{id:int}/leave", LeaveAsync).WithSummary("Ghi thời gian nghỉ trong năm");
        g.MapPost("/people/{id:int}/discipline", DisciplineAsync).WithSummary("Ghi kỷ luật");
        g.MapPost("/people/{id:int}/pending-cases", PendingAsync).WithSummary("Ghi vụ việc đang xem xét (kỷ luật, điều tra, khiếu nại)");
        g.MapPost("/people/{id:int}/awards", AddPersonAwardAsync).WithSummary("Ghi khen thưởng đã có của cá nhân");
        g.MapDelete("/people/{id:int}/records/{kind}/{recordId:int}", DeleteRecordAsync).WithSummary("Xóa một bản ghi nhập nhầm");
        g.MapPost("/initiatives", InitiativeAsync).WithSummary("Ghi sáng kiến được công nhận, với tác giả");
        g.MapPost("/awards/{id:int}/revoke", RevokeAsync).WithSummary("Thu hồi khen thưởng (giữ bản ghi, không còn được tính)");
        return api;
    }

    public static async Task<Results<Ok<PersonProfile>, NotFound<ProblemDetails>, ValidationProblem>> ProfileAsync(int id, GetPersonProfile handler, CancellationToken ct) =>
        ApiResults.From(await handler.HandleAsync(id, ct), p => p);

    public static async Task<Results<Ok<UnitRecords>, NotFound<ProblemDetails>, ValidationProblem>> UnitRecordsAsync(int id, GetUnitRecords handler, CancellationToken ct) =>
        ApiResults.From(await handler.HandleAsync(id, ct), r => r);

    public static async Task<Results<Ok<UnitDetail>, NotFound<ProblemDetails>, ValidationProblem>> CreateUnitAsync(CreateUnitInput input, CreateUnit handler, GetUnit get, CancellationToken ct) =>
        await ThenUnit(await handler.HandleAsync(input, ct), get, ct);

    public static async Task<Results<Ok<UnitDetail>, NotFound<ProblemDetails>, ValidationProblem>> RenameUnitAsync(int id, RenameRequest request, RenameUnit handler, GetUnit get, CancellationToken ct) =>
        await ThenUnit(await handler.HandleAsync(id, request.Name ?? string.Empty, ct), get, ct);

    public static async Task<Results<Ok<UnitDetail>, NotFound<ProblemDetails>, ValidationProblem>> MoveUnitAsync(int id, MoveRequest request, MoveUnit handler, GetUnit get, CancellationToken ct) =>
        await ThenUnit(await handler.HandleAsync(id, request.ParentId, ct), get, ct);

    public static async Task<Results<Ok<UnitDetail>, NotFound<ProblemDetails>, ValidationProblem>> CloseUnitAsync(int id, CloseRequest request, CloseUnit handler, GetUnit get, CancellationToken ct) =>
        await ThenUnit(await handler.HandleAsync(id, request.LastDay, ct), get, ct);

    public static async Task<Results<Ok<IReadOnlyList<SuccessionView>>, NotFound<ProblemDetails>, ValidationProblem>> ReorganiseAsync(ReorganiseInput input, ReorganiseUnits handler, CancellationToken ct) =>
        ApiResults.From(await handler.HandleAsync(input with { NewSuccessors = input.NewSuccessors ?? [] }, ct),
            links => (IReadOnlyList<SuccessionView>)links.Select(l => new SuccessionView(l.PredecessorId, l.Predecessor.Name, l.SuccessorId, l.Successor.Name, l.On, l.Kind, l.DecisionRef)).ToList());

    public static async Task<Results<Ok<Done>, NotFound<ProblemDetails>, ValidationProblem>> SetUnitRatingAsync(int id, int year, RatingRequest request, ManageRecords handler, CancellationToken ct) =>
        ApiResults.From(await handler.SetUnitRatingAsync(id, year, request.Rating, ct), _ => new Done());

    public static async Task<Results<Ok<AwardRecord>, NotFound<ProblemDetails>, ValidationProblem>> AddUnitAwardAsync(int id, AwardInput input, ManageRecords handler, CancellationToken ct) =>
        ApiResults.From(await handler.AddAwardAsync(null, id, input, ct), a => a);

    public static async Task<Results<Ok<PersonSummary>, NotFound<ProblemDetails>, ValidationProblem>> CreatePersonAsync(PersonInput input, CreatePerson handler, GetPerson get, CancellationToken ct) =>
        await ThenPerson(await handler.HandleAsync(input, ct), get, ct);

    public static async Task<Results<Ok<PersonSummary>, NotFound<ProblemDetails>, ValidationProblem>> UpdatePersonAsync(int id, PersonInput input, UpdatePerson handler, GetPerson get, CancellationToken ct) =>
        await ThenPerson(await handler.HandleAsync(id, input, null, ct), get, ct);

    public static async Task<Results<Ok<PersonSummary>, NotFound<ProblemDetails>, ValidationProblem>> TransferAsync(int id, TransferInput input, TransferPerson handler, GetPerson get, CancellationToken ct) =>
        await ThenPerson(await handler.HandleAsync(id, input, ct), get, ct);

    public static async Task<Results<Ok<Done>, NotFound<ProblemDetails>, ValidationProblem>> SetRatingAsync(int id, int year, RatingRequest request, ManageRecords handler, CancellationToken ct) =>
        ApiResults.From(await handler.SetRatingAsync(id, year, request.Rating, ct), _ => new Done());

    public static async Task<Results<Ok<LeaveRecord>, NotFound<ProblemDetails>, ValidationProblem>> LeaveAsync(int id, LeaveInput input, ManageRecords handler, CancellationToken ct) =>
        ApiResults.From(await handler.SaveLeaveAsync(id, input, ct), r => r);

    public static async Task<Results<Ok<DisciplineRecord>, NotFound<ProblemDetails>, ValidationProblem>> DisciplineAsync(int id, DisciplineInput input, ManageRecords handler, CancellationToken ct) =>
        ApiResults.From(await handler.SaveDisciplineAsync(id, input, ct), r => r);

    public static async Task<Results<Ok<PendingCase>, NotFound<ProblemDetails>, ValidationProblem>> PendingAsync(int id, PendingCaseInput input, ManageRecords handler, CancellationToken ct) =>
        ApiResults.From(await handler.SavePendingCaseAsync(id, input, ct), r => r);

    public static async Task<Results<Ok<AwardRecord>, NotFound<ProblemDetails>, ValidationProblem>> AddPersonAwardAsync(int id, AwardInput input, ManageRecords handler, CancellationToken ct) =>
        ApiResults.From(await handler.AddAwardAsync(id, null, input, ct), a => a);

    public static async Task<Results<Ok<Done>, NotFound<ProblemDetails>, ValidationProblem>> DeleteRecordAsync(int id, string kind, int recordId, ManageRecords handler, CancellationToken ct) =>
        Enum.TryParse<RecordKind>(kind.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var k)
            ? ApiResults.From(await handler.DeleteAsync(id, k, recordId, ct), _ => new Done())
            : ApiResults.NotFound();

    public static async Task<Results<Ok<InitiativeSaved>, NotFound<ProblemDetails>, ValidationProblem>> InitiativeAsync(InitiativeInput input, ManageRecords handler, CancellationToken ct) =>
        ApiResults.From(await handler.SaveInitiativeAsync(input with { AuthorIds = input.AuthorIds ?? [] }, ct),
            i => new InitiativeSaved(i.Id, i.Title, i.Scope, i.DecisionNumber, i.Year, i.Authors.Select(a => a.PersonId).ToList()));

    public static async Task<Results<Ok<AwardRecord>, NotFound<ProblemDetails>, ValidationProblem>> RevokeAsync(int id, RevokeAwardInput input, ManageRecords handler, CancellationToken ct) =>
        ApiResults.From(await handler.RevokeAwardAsync(id, input, ct), a => a);

    private static async Task<Results<Ok<UnitDetail>, NotFound<ProblemDetails>, ValidationProblem>> ThenUnit(Result<OrgUnit> result, GetUnit get, CancellationToken ct) =>
        result.IsSuccess ? ApiResults.From(await get.HandleAsync(result.Value!.Id, ct), d => d) : ApiResults.Failure<OrgUnit, UnitDetail>(result);

    private static async Task<Results<Ok<PersonSummary>, NotFound<ProblemDetails>, ValidationProblem>> ThenPerson(Result<Person> result, GetPerson get, CancellationToken ct) =>
        result.IsSuccess ? ApiResults.From(await get.HandleAsync(result.Value!.Id, ct), d => d) : ApiResults.Failure<Person, PersonSummary>(result);
}
