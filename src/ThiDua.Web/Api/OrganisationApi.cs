using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Core.Organisation.Search;
using ThiDua.Core.Shared;

namespace ThiDua.Web.Api;

/// <summary>Units, people and search under /api/v1, limited to the caller's scope.</summary>
public static class OrganisationApi
{
    public static RouteGroupBuilder MapOrganisationApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisation").WithTags("Tổ chức (Organisation)").RequirePermission(OrganisationPermissions.View);
        group.MapGet("/units", ListUnitsAsync).WithSummary("Cây đơn vị trong phạm vi");
        group.MapGet("/units/{id:int}", GetUnitAsync).WithSummary("Một đơn vị, các cấp trên và đơn vị trực thuộc");
        group.MapGet("/people", ListPeopleAsync).WithSummary("Công chức trong phạm vi (lọc, tìm không dấu, phân trang)");
        group.MapGet("/people/{id:int}", GetPersonAsync).WithSummary("Một công chức");
        api.MapGet("/search", SearchAsync).WithTags("Tổ chức (Organisation)").WithSummary("Tìm người và đơn vị, không phân biệt dấu")
            .RequirePermission(OrganisationPermissions.View);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<UnitSummary>>> ListUnitsAsync(ListUnits handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(ct));

    public static async Task<Results<Ok<UnitDetail>, NotFound<ProblemDetails>, ValidationProblem>> GetUnitAsync(int id, GetUnit handler, CancellationToken ct) =>
        ApiResults.From(await handler.HandleAsync(id, ct), d => d);

    public static async Task<Results<Ok<Page<PersonSummary>>, NotFound<ProblemDetails>, ValidationProblem>> ListPeopleAsync(
        ListPeople handler, int? unitId, string? q, bool? leader, Gender? gender, int? page, int? size, CancellationToken ct) =>
        ApiResults.From(await handler.HandleAsync(new ListPeopleInput(unitId, q, leader, gender, new PageRequest(page ?? 1, size ?? 25)), ct), p => p);

    public static async Task<Results<Ok<PersonSummary>, NotFound<ProblemDetails>, ValidationProblem>> GetPersonAsync(int id, GetPerson handler, CancellationToken ct) =>
        ApiResults.From(await handler.HandleAsync(id, ct), p => p);

    public static async Task<Ok<SearchResults>> SearchAsync(SearchDirectory handler, string? q, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(q, ct));
}
